package dev.tollgate.lint.engine;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Severity;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.config.LintConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the user decided about findings: config severity overrides and disabled ids, and per-object
 * {@code tollgate.dev/ignore} annotations (which only count with a {@code
 * tollgate.dev/ignore-reason}).
 */
public final class Policy {
  public static final String IGNORE = "tollgate.dev/ignore";
  public static final String IGNORE_REASON = "tollgate.dev/ignore-reason";

  private final LintConfig config;
  private final Set<String> knownIds;
  private final AtomicInteger suppressed = new AtomicInteger();

  public Policy(LintConfig config, Collection<String> knownIds) {
    this.config = config;
    this.knownIds = Set.copyOf(knownIds);
  }

  /** Whether a rule or check runs at all. */
  public boolean enabled(String id, boolean enabledByDefault) {
    if (config.disabled().contains(id)) {
      return false;
    }
    return enabledByDefault || config.severities().containsKey(id);
  }

  public Severity severity(String id, Severity declared) {
    return config.severities().getOrDefault(id, declared);
  }

  /**
   * The diagnostic as the user wants it: empty when disabled or suppressed on {@code object}
   * (nullable), else with the configured severity.
   */
  public Optional<Diagnostic> apply(Diagnostic diagnostic, KubeObject object) {
    if (config.disabled().contains(diagnostic.ruleId())) {
      return Optional.empty();
    }
    if (object != null && ignoredOn(object, diagnostic.ruleId())) {
      suppressed.incrementAndGet();
      return Optional.empty();
    }
    Severity severity = config.severities().get(diagnostic.ruleId());
    return Optional.of(severity == null ? diagnostic : diagnostic.withSeverity(severity));
  }

  public int suppressedCount() {
    return suppressed.get();
  }

  static boolean ignoredOn(KubeObject object, String id) {
    String ids = object.annotations().get(IGNORE);
    if (ids == null || object.annotations().getOrDefault(IGNORE_REASON, "").isBlank()) {
      return false;
    }
    return Arrays.stream(ids.split(",")).map(String::trim).anyMatch(id::equals);
  }

  /** Misused ignore annotations: no reason, or ids that no rule has. */
  public List<Diagnostic> checkAnnotations(KubeObject object) {
    List<Diagnostic> out = new ArrayList<>();
    Optional<YNode> ignore = object.root().get("metadata", "annotations", IGNORE);
    if (ignore.isEmpty()) {
      return out;
    }
    if (object.annotations().getOrDefault(IGNORE_REASON, "").isBlank()) {
      out.add(
          Diagnostic.error(
              ignore.get().position(),
              BuiltInChecks.IGNORE_REASON,
              object.displayName() + " ignores rules without a " + IGNORE_REASON + " annotation",
              "Add a " + IGNORE_REASON + " annotation saying why the rules do not apply."));
    }
    String ids = object.annotations().getOrDefault(IGNORE, "");
    for (String id : ids.split(",", -1)) {
      String trimmed = id.trim();
      if (!trimmed.isEmpty() && !knownIds.contains(trimmed)) {
        out.add(
            Diagnostic.error(
                ignore.get().position(),
                BuiltInChecks.IGNORE_UNKNOWN,
                "unknown rule \""
                    + trimmed
                    + "\" in "
                    + IGNORE
                    + dev.tollgate.lint.config.Suggestions.didYouMean(trimmed, knownIds),
                "Use an id listed by tollgate rules list."));
      }
    }
    return out;
  }
}
