package dev.tollgate.lint.rules.grafana;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.Rule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.Nodes;
import dev.tollgate.lint.rules.Substitution;
import dev.tollgate.promql.PromQL;
import dev.tollgate.promql.PromQLParseException;
import dev.tollgate.promql.ast.Expr;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every metric a dashboard panel queries must be promised by the metric catalog ({@code
 * docs/metrics.md}) or recorded by a PrometheusRule in the tree; a renamed or misspelled metric
 * leaves a panel silently empty. Without a catalog the rule says so once per dashboard.
 */
@RuleInfo(
    id = "grafana-unknown-metric",
    severity = ERROR,
    appliesTo = {"Grafana dashboard"},
    summary = "Dashboard queries may only use metrics listed in docs/metrics.md or recorded.",
    remediation = "Fix the metric name, or add the metric to docs/metrics.md.")
public final class UnknownMetricRule implements Rule {

  @Override
  public void check(Workspace workspace, Findings findings) {
    List<Dashboards.Dashboard> dashboards = Dashboards.of(workspace);
    if (dashboards.isEmpty()) {
      return;
    }
    Optional<Set<String>> catalog = MetricCatalog.load(workspace.root());
    if (catalog.isEmpty()) {
      for (Dashboards.Dashboard dashboard : dashboards) {
        findings.report(
            dashboard.locate(dashboard.root()),
            String.format(
                "metric catalog \"%s\" not found, so the metrics of dashboard \"%s\" cannot be"
                    + " checked",
                MetricCatalog.PATH, dashboard.uid()));
      }
      return;
    }
    Set<String> known = new HashSet<>(catalog.get());
    known.addAll(recordedSeries(workspace));
    for (Dashboards.Dashboard dashboard : dashboards) {
      for (Dashboards.Query query : Dashboards.queries(dashboard.root())) {
        Substitution substituted = GrafanaQueries.substitute(query.expr().text());
        Expr expr;
        try {
          expr = PromQL.parse(substituted.text());
        } catch (PromQLParseException e) {
          continue; // grafana-invalid-query reports it
        }
        PromqlSelectors.each(
            expr,
            selector -> {
              String name = PromqlSelectors.metricName(selector);
              if (name != null && !known.contains(name)) {
                Position at =
                    dashboard.locate(query.expr(), substituted.originalOffset(selector.start()));
                findings.report(
                    at,
                    String.format(
                        "panel \"%s\" queries metric \"%s\", which %s does not list",
                        query.panel(), name, MetricCatalog.PATH));
              }
            });
      }
    }
  }

  /** Names recorded by PrometheusRule objects ({@code spec.groups[].rules[].record}). */
  private static Set<String> recordedSeries(Workspace workspace) {
    Set<String> out = new HashSet<>();
    for (KubeObject rule : workspace.objects()) {
      if (!rule.kind().equals("PrometheusRule")) {
        continue;
      }
      for (YNode group : rule.root().items("spec", "groups")) {
        for (YNode r : group.items("rules")) {
          r.get("record").map(Nodes::scalarText).filter(s -> !s.isEmpty()).ifPresent(out::add);
        }
      }
    }
    return out;
  }
}
