package dev.tollgate.analysis;

import dev.tollgate.analysis.template.AnalysisTemplate;
import dev.tollgate.analysis.template.RunBuilder;
import dev.tollgate.analysis.template.TemplateLoader;
import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import java.util.List;
import java.util.Map;

/** Builds runs from template YAML written inline in tests. */
final class Templates {
  private Templates() {}

  /** One AnalysisTemplate named {@code t} whose single metric is {@code metricYaml}. */
  static String template(String metricYaml) {
    StringBuilder out =
        new StringBuilder(
            """
            apiVersion: argoproj.io/v1alpha1
            kind: AnalysisTemplate
            metadata: {name: t}
            spec:
              metrics:
            """);
    boolean first = true;
    for (String line : metricYaml.strip().split("\n", -1)) {
      out.append(first ? "  - " : "    ").append(line).append('\n');
      first = false;
    }
    return out.toString();
  }

  static List<AnalysisTemplate> load(String yaml) {
    return TemplateLoader.fromDocuments(
        YTrees.documents(new YamlLoader().loadText("template.yaml", yaml)));
  }

  static List<Metric> metrics(String yaml, Map<String, String> args) {
    return RunBuilder.build(
        load(yaml),
        List.of(),
        args,
        List.of(),
        List.of(),
        new ExprConditions(),
        Position.ofFile("test.yaml"));
  }

  /** A run of the single-metric template, started at 0 and driven until it completes. */
  static AnalysisRun runToEnd(String metricYaml, MetricProvider provider) {
    AnalysisRun run =
        new AnalysisRun(metrics(template(metricYaml), Map.of()), provider, new ExprConditions(), 0);
    while (run.step()) {
      // each step is one reconcile at the next measurement time
    }
    return run;
  }

  static List<AnalysisPhase> phases(AnalysisRun run, String metric) {
    return run.results().get(metric).measurements().stream().map(Measurement::phase).toList();
  }
}
