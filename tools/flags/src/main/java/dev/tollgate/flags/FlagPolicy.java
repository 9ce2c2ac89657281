package dev.tollgate.flags;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YScalar;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lifecycle policy's knobs.
 *
 * @param today the date sunsets are judged against; empty means the clock. A pinned date keeps an
 *     old commit buildable in a CI replay after its flags' sunsets have passed.
 * @param maxLifetimeDays the longest allowed {@code sunset - created} per flag type; types without
 *     an entry have no maximum
 * @param sourceRoots directories (relative to the repo root) searched for flag references
 * @param warnWindowDays a sunset this close to today is a warning
 * @param flagsDir the flags directory relative to the repo root
 */
public record FlagPolicy(
    Optional<LocalDate> today,
    Map<String, Integer> maxLifetimeDays,
    List<String> sourceRoots,
    int warnWindowDays,
    String flagsDir) {

  private static final List<String> SECTION_KEYS =
      List.of("dir", "today", "maxLifetimeDays", "sourceRoots", "warnWindowDays");

  public FlagPolicy {
    maxLifetimeDays = Map.copyOf(maxLifetimeDays);
    sourceRoots = List.copyOf(sourceRoots);
  }

  public static FlagPolicy defaults() {
    return new FlagPolicy(
        Optional.empty(),
        Map.of("release", 90, "experiment", 60, "ops", 30),
        List.of("demo-app/src"),
        14,
        "flags");
  }

  public FlagPolicy withToday(LocalDate date) {
    return new FlagPolicy(
        Optional.of(date), maxLifetimeDays, sourceRoots, warnWindowDays, flagsDir);
  }

  public FlagPolicy withSourceRoots(List<String> roots) {
    return new FlagPolicy(today, maxLifetimeDays, roots, warnWindowDays, flagsDir);
  }

  /** The date to judge against: {@link #today} when pinned, else the current UTC date. */
  public LocalDate effectiveToday() {
    return today.orElseGet(() -> LocalDate.now(java.time.ZoneOffset.UTC));
  }

  /**
   * Reads {@code .tollgate.yaml} at {@code repoRoot} when present: top-level {@code today} and the
   * optional {@code flags} section ({@code today}, {@code maxLifetimeDays: {type: days}}, {@code
   * sourceRoots}, {@code warnWindowDays}, {@code dir}). Bad values are positioned input errors.
   */
  public static FlagPolicy fromConfig(Path repoRoot) {
    FlagPolicy policy = defaults();
    Path file = repoRoot.resolve(".tollgate.yaml");
    if (!Files.isRegularFile(file)) {
      return policy;
    }
    List<YNode> docs = YTrees.documents(new YamlLoader().load(file, ".tollgate.yaml"));
    if (docs.isEmpty()) {
      return policy;
    }
    YNode root = docs.get(0);
    Optional<LocalDate> today = root.get("today").map(FlagPolicy::date);
    Optional<YNode> flags = root.get("flags");
    if (flags.isEmpty()) {
      return today.map(policy::withToday).orElse(policy);
    }
    YNode f = flags.get();
    if (!(f instanceof YNode.YMap section)) {
      throw bad(f, "\"flags\" must be a mapping");
    }
    for (YNode.Entry e : section.entries().values()) {
      if (!SECTION_KEYS.contains(e.key())) {
        throw new InputException(
            Diagnostic.error(
                e.keyPosition(),
                "config-invalid",
                "unknown key \"" + e.key() + "\" in flags",
                "Known keys: " + String.join(", ", SECTION_KEYS) + " (see docs/flags.md)."));
      }
    }
    section
        .map("maxLifetimeDays")
        .ifPresent(
            m ->
                m.entries()
                    .values()
                    .forEach(
                        e -> {
                          if (!dev.tollgate.flags.lifecycle.LifecycleCheck.TYPES.contains(
                              e.key())) {
                            throw new InputException(
                                Diagnostic.error(
                                    e.keyPosition(),
                                    "config-invalid",
                                    "unknown flag type \"" + e.key() + "\" in maxLifetimeDays",
                                    "Use one of "
                                        + String.join(
                                            ", ", dev.tollgate.flags.lifecycle.LifecycleCheck.TYPES)
                                        + "."));
                          }
                        }));
    today = f.get("today").map(FlagPolicy::date).or(() -> root.get("today").map(FlagPolicy::date));
    Map<String, Integer> lifetimes = new LinkedHashMap<>(policy.maxLifetimeDays);
    f.map("maxLifetimeDays")
        .ifPresent(m -> m.entries().forEach((k, e) -> lifetimes.put(k, days(e.value()))));
    List<String> roots = new ArrayList<>(policy.sourceRoots);
    if (f.get("sourceRoots").isPresent()) {
      roots.clear();
      f.items("sourceRoots").forEach(n -> roots.add(text(n)));
    }
    int window = f.get("warnWindowDays").map(FlagPolicy::days).orElse(policy.warnWindowDays);
    String dir = f.get("dir").map(FlagPolicy::text).orElse(policy.flagsDir);
    return new FlagPolicy(today, lifetimes, roots, window, dir);
  }

  private static String text(YNode node) {
    if (node instanceof YScalar s) {
      return s.text();
    }
    throw bad(node, "expected a single value");
  }

  private static int days(YNode node) {
    try {
      int value = Integer.parseInt(text(node));
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad(node, "expected a whole number of days, got \"" + text(node) + "\"");
  }

  private static LocalDate date(YNode node) {
    try {
      return LocalDate.parse(text(node));
    } catch (DateTimeParseException e) {
      throw bad(node, "\"today\" must be a date like 2026-01-31, got \"" + text(node) + "\"");
    }
  }

  private static InputException bad(YNode node, String message) {
    return new InputException(
        Diagnostic.error(
            node.position(), "config-invalid", message, "Fix .tollgate.yaml; see docs/flags.md."));
  }
}
