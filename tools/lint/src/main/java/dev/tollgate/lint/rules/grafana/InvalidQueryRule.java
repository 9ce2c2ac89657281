package dev.tollgate.lint.rules.grafana;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.Rule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.Substitution;
import dev.tollgate.promql.PromQL;
import dev.tollgate.promql.PromQLParseException;

/**
 * Every Prometheus panel query of a dashboard must parse once Grafana's variables are filled in; a
 * broken query shows as an empty panel exactly when someone needs it.
 */
@RuleInfo(
    id = "grafana-invalid-query",
    severity = ERROR,
    appliesTo = {"Grafana dashboard"},
    summary = "Prometheus queries in Grafana dashboard panels must be valid PromQL.",
    remediation = "Fix the panel's query; try it in Grafana's Explore view.")
public final class InvalidQueryRule implements Rule {

  @Override
  public void check(Workspace workspace, Findings findings) {
    for (Dashboards.Dashboard dashboard : Dashboards.of(workspace)) {
      for (Dashboards.Query query : Dashboards.queries(dashboard.root())) {
        Substitution substituted = GrafanaQueries.substitute(query.expr().text());
        try {
          PromQL.parse(substituted.text());
        } catch (PromQLParseException e) {
          findings.report(
              dashboard.locate(query.expr(), substituted.originalOffset(e.startOffset())),
              String.format(
                  "panel \"%s\" query: promql parse error: %s", query.panel(), e.rawMessage()));
        }
      }
    }
  }
}
