package dev.tollgate.lint.rules.argo;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.EmbeddedText;
import dev.tollgate.lint.rules.Nodes;
import dev.tollgate.lint.rules.Substitution;
import dev.tollgate.promql.PromQL;
import dev.tollgate.promql.PromQLParseException;
import java.util.List;
import java.util.Set;

/**
 * A Prometheus metric's query must parse as PromQL once its {@code {{args}}} are filled in (with
 * the arg's default, else a placeholder); otherwise every measurement is an Error. The finding
 * points into the query, mapped back through the substitution.
 */
@RuleInfo(
    id = "argo-invalid-query",
    severity = ERROR,
    appliesTo = {"AnalysisTemplate", "ClusterAnalysisTemplate", "AnalysisRun"},
    summary = "Prometheus queries in analysis metrics must be valid PromQL.",
    remediation = "Fix the query; try it in the Prometheus UI with the arguments filled in.")
public final class InvalidQueryRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Templates.KINDS;
  }

  @Override
  protected void check(KubeObject template, Workspace workspace, Findings findings) {
    List<YMap> args = ArgSubstitution.declared(template.root());
    for (Templates.Metric entry : Templates.metrics(template.root().items("spec", "metrics"))) {
      YNode node = entry.node().get("provider", "prometheus", "query").orElse(null);
      if (!(node instanceof YScalar query) || query.isNull()) {
        continue;
      }
      Substitution substituted = ArgSubstitution.of(query.text(), args);
      try {
        PromQL.parse(substituted.text());
      } catch (PromQLParseException e) {
        int offset = substituted.originalOffset(e.startOffset());
        findings.report(
            template,
            Nodes.at(EmbeddedText.position(workspace, query, offset)),
            String.format("%s query: promql parse error: %s", entry.path(), e.rawMessage()));
      }
    }
  }
}
