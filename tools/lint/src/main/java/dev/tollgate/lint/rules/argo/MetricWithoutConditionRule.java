package dev.tollgate.lint.rules.argo;

import static dev.tollgate.core.Severity.WARNING;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.Nodes;
import java.util.Set;

/**
 * Checklist §5.3: a Prometheus or web metric with neither successCondition nor failureCondition is
 * Successful whatever it measures, so the analysis cannot fail. Job and Kayenta metrics decide
 * without conditions and are left alone.
 */
@RuleInfo(
    id = "argo-metric-without-condition",
    severity = WARNING,
    appliesTo = {"AnalysisTemplate", "ClusterAnalysisTemplate", "AnalysisRun"},
    summary = "Prometheus and web metrics should have a success or failure condition.",
    remediation = "Add a successCondition (e.g. result[0] >= 0.95) or a failureCondition.")
public final class MetricWithoutConditionRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Templates.KINDS;
  }

  @Override
  protected void check(KubeObject template, Workspace workspace, Findings findings) {
    for (Templates.Metric entry : Templates.metrics(template.root().items("spec", "metrics"))) {
      YMap metric = entry.node();
      boolean judged =
          Nodes.present(metric, "provider", "prometheus")
              || Nodes.present(metric, "provider", "web");
      if (judged
          && Nodes.nonEmptyText(metric, "successCondition").isEmpty()
          && Nodes.nonEmptyText(metric, "failureCondition").isEmpty()) {
        findings.report(
            template,
            metric.get("name").orElse(metric),
            String.format(
                "%s has neither successCondition nor failureCondition, so every measurement"
                    + " is Successful",
                entry.path()));
      }
    }
  }
}
