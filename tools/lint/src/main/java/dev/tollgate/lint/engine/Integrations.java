package dev.tollgate.lint.engine;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Severity;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.flags.FlagLint;
import dev.tollgate.flags.FlagPolicy;
import dev.tollgate.flags.FlagRule;
import dev.tollgate.flags.FlagRules;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.SourceFile;
import dev.tollgate.rules.RuleFileChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks other modules contribute to {@code tollgate check}: Flipt flags and their lifecycle
 * (tools/flags) and Prometheus rule groups, in PrometheusRule objects and in plain rule files
 * (tools/rules). Their ids are in the catalog next to ours.
 */
final class Integrations {
  static final String FLAGS = "flags";
  static final String RULES = "prometheus rules";

  private Integrations() {}

  static List<CatalogEntry> catalogEntries() {
    List<CatalogEntry> all = new ArrayList<>(BuiltInChecks.all());
    for (FlagRule rule : FlagRules.catalog()) {
      all.add(
          new CatalogEntry(
              rule.id(),
              rule.severity(),
              rule.summary(),
              rule.remediation(),
              List.of("flags/"),
              true,
              FLAGS));
    }
    all.addAll(PrometheusRuleChecks.ALL);
    return all;
  }

  /**
   * Flag findings for the repository at {@code root}. The flags policy reads its own section of
   * {@code .tollgate.yaml}; a {@code today} given to this run (config or --config) wins over it.
   */
  static List<Diagnostic> flags(Path root, Optional<LocalDate> today) {
    FlagPolicy base = FlagPolicy.fromConfig(root);
    FlagPolicy policy = today.map(base::withToday).orElse(base);
    if (!Files.isDirectory(root.resolve(policy.flagsDir()))) {
      return List.of();
    }
    return FlagLint.check(root, policy);
  }

  /** The rule groups of a PrometheusRule object. */
  static List<Diagnostic> prometheusRule(KubeObject object) {
    return object
        .root()
        .get("spec")
        .map(spec -> RuleFileChecker.check(spec, object.path()))
        .orElse(List.of());
  }

  /**
   * Plain Prometheus rule files: a document whose only key is {@code groups}, a list of mappings
   * with {@code name} or {@code rules}.
   */
  static List<Diagnostic> ruleFile(SourceFile file) {
    List<Diagnostic> out = new ArrayList<>();
    for (YNode document : file.documents()) {
      if (isRuleFile(document)) {
        out.addAll(RuleFileChecker.check(document, file.path()));
      }
    }
    return out;
  }

  static boolean isRuleFile(YNode document) {
    if (!(document instanceof YNode.YMap map)
        || map.entries().size() != 1
        || !(map.child("groups") instanceof YNode.YSeq groups)
        || groups.items().isEmpty()) {
      return false;
    }
    return groups.items().stream()
        .allMatch(g -> g instanceof YNode.YMap m && (m.has("name") || m.has("rules")));
  }

  /** The ids tools/rules reports, described here because that module has no catalog. */
  static final class PrometheusRuleChecks {
    static final List<CatalogEntry> ALL =
        List.of(
            entry(
                "promql-syntax",
                "Rule expressions must be valid PromQL.",
                "Fix the PromQL syntax; try the query in the Prometheus UI."),
            entry(
                "rules-annotation-name",
                "Alert annotation names must be valid label names.",
                "Use letters, digits and '_', not starting with a digit."),
            entry(
                "rules-duplicate",
                "A group must not define the same rule with the same labels twice.",
                "Remove or rename one of the two rules."),
            entry(
                "rules-duration",
                "Durations (interval, for, keep_firing_for) must parse.",
                "Use a Prometheus duration such as 5m or 1h30m."),
            entry(
                "rules-expr",
                "Every rule must have an expr.",
                "Add the PromQL expression the rule evaluates."),
            entry(
                "rules-format",
                "Rule files must have only the fields Prometheus knows.",
                "Fix the field name or its indentation."),
            entry(
                "rules-group-name",
                "Every group must have a name, unique in its file.",
                "Give every group a unique name."),
            entry(
                "rules-kind",
                "A rule must be exactly one of record or alert.",
                "Set either record: or alert:, not both."),
            entry(
                "rules-label-name",
                "Rule labels must be valid label names.",
                "Use letters, digits and '_', not starting with a digit."),
            entry(
                "rules-record-field",
                "Recording rules must not have alerting fields (for, annotations...).",
                "Remove the alerting-only field."),
            entry(
                "rules-record-name",
                "Recording rule names must be valid metric names.",
                "Use letters, digits, '_' and ':', not starting with a digit."),
            entry(
                "rules-template",
                "Alert labels and annotations must be valid Go templates.",
                "Fix the Go template syntax."));

    private static CatalogEntry entry(String id, String summary, String remediation) {
      return new CatalogEntry(
          id,
          Severity.ERROR,
          summary,
          remediation,
          List.of("PrometheusRule", "Prometheus rule file"),
          true,
          RULES);
    }

    private PrometheusRuleChecks() {}
  }
}
