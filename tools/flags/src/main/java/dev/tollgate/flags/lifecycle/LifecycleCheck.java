package dev.tollgate.flags.lifecycle;

import dev.tollgate.core.Position;
import dev.tollgate.flags.FlagPolicy;
import dev.tollgate.flags.load.Findings;
import dev.tollgate.flags.model.Flag;
import dev.tollgate.flags.model.FlagSet;
import dev.tollgate.flags.model.Namespace;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The lifecycle policy over every flag: owner, type, created/sunset dates (or a permanent marker
 * with a reason for kill switches and permissions), and flags whose outcome no longer varies.
 */
public final class LifecycleCheck {
  public static final List<String> TYPES =
      List.of("release", "experiment", "ops", "kill-switch", "permission");
  private static final Set<String> MAY_BE_PERMANENT = Set.of("kill-switch", "permission");

  private LifecycleCheck() {}

  /**
   * Reports the lifecycle findings of every flag.
   *
   * @param owners the allowed teams; empty Optional when no owners list could be read (then only
   *     missing owners are reported)
   */
  public static void check(
      FlagSet flags, Optional<Set<String>> owners, FlagPolicy policy, Findings findings) {
    LocalDate today = policy.effectiveToday();
    for (Namespace ns : flags.namespaces().values()) {
      for (Flag flag : ns.flags().values()) {
        checkFlag(flag, owners, policy, today, findings);
        if (MAY_BE_PERMANENT.contains(flag.metadata().getOrDefault("type", ""))) {
          continue; // kill switches and permissions are flipped via enabled: constant by design
        }
        ConstantOutcome.describe(flag, ns)
            .ifPresent(
                why ->
                    findings.warning(
                        flag.position(),
                        "flag-constant-outcome",
                        "flag " + flag.key() + " gives every user the same answer (" + why + ")",
                        "Remove the flag and its dead branch in the code."));
      }
    }
  }

  private static void checkFlag(
      Flag flag,
      Optional<Set<String>> owners,
      FlagPolicy policy,
      LocalDate today,
      Findings findings) {
    String name = "flag " + flag.key();
    String owner = flag.metadata().get("owner");
    if (owner == null || owner.isBlank()) {
      findings.error(
          flag.position(),
          "flag-missing-owner",
          name + " has no metadata.owner",
          "Add metadata: {owner: <team>} naming a team from flags/owners.yaml.");
    } else if (owners.isPresent() && !owners.get().contains(owner)) {
      findings.error(
          flag.metadataPosition("owner"),
          "flag-unknown-owner",
          name + " is owned by \"" + owner + "\", which is not a team in flags/owners.yaml",
          "Use one of: "
              + String.join(", ", owners.get().stream().sorted().toList())
              + " (or add the team to flags/owners.yaml).");
    }
    String type = flag.metadata().get("type");
    if (type == null) {
      findings.error(
          flag.position(),
          "flag-missing-type",
          name + " has no metadata.type",
          "Add metadata.type: one of " + String.join(", ", TYPES) + ".");
    } else if (!TYPES.contains(type)) {
      findings.error(
          flag.metadataPosition("type"),
          "flag-unknown-type",
          name + " has metadata.type \"" + type + "\"",
          "Use one of " + String.join(", ", TYPES) + ".");
      type = null;
    }
    boolean permanent = "true".equalsIgnoreCase(flag.metadata().getOrDefault("permanent", ""));
    if (permanent) {
      if (type != null && !MAY_BE_PERMANENT.contains(type)) {
        findings.error(
            flag.metadataPosition("permanent"),
            "flag-permanent-type",
            name + " is marked permanent but has type " + type,
            "Only kill-switch and permission flags may be permanent; give it a sunset instead.");
      }
      String reason = flag.metadata().getOrDefault("reason", "");
      if (reason.isBlank()) {
        findings.error(
            flag.metadataPosition("permanent"),
            "flag-permanent-reason",
            name + " is permanent but gives no metadata.reason",
            "Add metadata.reason saying why the flag must stay.");
      }
      if (type == null || MAY_BE_PERMANENT.contains(type)) {
        date(flag, "created", findings, true);
        return;
      }
    }
    Optional<LocalDate> created = date(flag, "created", findings, true);
    Optional<LocalDate> sunset = date(flag, "sunset", findings, true);
    if (sunset.isEmpty()) {
      return;
    }
    Position at = flag.metadataPosition("sunset");
    if (created.isPresent() && sunset.get().isBefore(created.get())) {
      findings.error(
          at,
          "flag-bad-date",
          name + " sunset " + sunset.get() + " is before created " + created.get(),
          "Fix the dates: sunset must come after created.");
      return;
    }
    if (sunset.get().isBefore(today)) {
      findings.error(
          at,
          "flag-sunset-passed",
          name + " passed its sunset " + sunset.get() + " (today is " + today + ")",
          "Remove the flag and its code path, or move metadata.sunset after review.");
    } else if (!sunset.get().isAfter(today.plusDays(policy.warnWindowDays()))) {
      findings.warning(
          at,
          "flag-sunset-soon",
          name
              + " reaches its sunset "
              + sunset.get()
              + " in "
              + ChronoUnit.DAYS.between(today, sunset.get())
              + " days",
          "Plan the flag's removal, or extend metadata.sunset within its type's lifetime.");
    }
    Integer max = type == null ? null : policy.maxLifetimeDays().get(type);
    if (created.isPresent() && max != null && max > 0) {
      long days = ChronoUnit.DAYS.between(created.get(), sunset.get());
      if (days > max) {
        findings.error(
            at,
            "flag-sunset-too-far",
            name
                + " sunset is "
                + days
                + " days after created; a "
                + type
                + " flag may live at most "
                + max
                + " days",
            "Set metadata.sunset to "
                + created.get().plusDays(max)
                + " or earlier (limits are configurable in .tollgate.yaml flags.maxLifetimeDays).");
      }
    }
  }

  private static Optional<LocalDate> date(
      Flag flag, String key, Findings findings, boolean required) {
    String text = flag.metadata().get(key);
    if (text == null) {
      if (required) {
        findings.error(
            flag.position(),
            "flag-missing-date",
            "flag " + flag.key() + " has no metadata." + key,
            "Add metadata." + key + ": \"YYYY-MM-DD\" (quoted ISO date).");
      }
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      findings.error(
          flag.metadataPosition(key),
          "flag-bad-date",
          "flag " + flag.key() + " metadata." + key + " \"" + text + "\" is not an ISO date",
          "Write the date as \"YYYY-MM-DD\", e.g. \"2027-01-31\".");
      return Optional.empty();
    }
  }
}
