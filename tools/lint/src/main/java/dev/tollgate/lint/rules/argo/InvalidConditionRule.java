package dev.tollgate.lint.rules.argo;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;
import dev.tollgate.expr.ArgoConditions;
import dev.tollgate.expr.Expr;
import dev.tollgate.expr.ExprException;
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
import dev.tollgate.promql.ast.ValueType;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * successCondition / failureCondition (checklist §5.3): they must compile as expr, read only what
 * Argo provides ({@code result} and six helpers), and — for Prometheus, whose {@code result} is a
 * vector unless the query is scalar-typed — type-check against that result, since Argo compiles
 * each condition against the concrete value ({@code result > 0.95} on a vector is an Error
 * measurement every time). {@code isNil}/{@code default} never fire for Prometheus.
 */
@RuleInfo(
    id = "argo-invalid-condition",
    severity = ERROR,
    appliesTo = {"AnalysisTemplate", "ClusterAnalysisTemplate", "AnalysisRun"},
    summary = "Analysis conditions must compile and type-check against the provider's result.",
    remediation = "Fix the condition; for a Prometheus vector compare result[0], not result.")
public final class InvalidConditionRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Templates.KINDS;
  }

  @Override
  protected void check(KubeObject template, Workspace workspace, Findings findings) {
    List<YMap> args = ArgSubstitution.declared(template.root());
    for (Templates.Metric entry : Templates.metrics(template.root().items("spec", "metrics"))) {
      YMap metric = entry.node();
      Object sample = prometheusSample(metric, args);
      for (String field : new String[] {"successCondition", "failureCondition"}) {
        YNode node = metric.get(field).orElse(null);
        if (node instanceof YScalar condition && !condition.isNull()) {
          String at = entry.path() + " " + field;
          checkCondition(template, workspace, condition, args, sample, at, findings);
        }
      }
    }
  }

  private static void checkCondition(
      KubeObject template,
      Workspace workspace,
      YScalar condition,
      List<YMap> args,
      Object sample,
      String at,
      Findings findings) {
    Substitution substituted = ArgSubstitution.of(condition.text(), args);
    Expr expr;
    try {
      expr = Expr.compile(substituted.text());
    } catch (ExprException e) {
      report(template, workspace, condition, substituted, e, at + " does not compile", findings);
      return;
    }
    boolean unknown = false;
    for (String name : expr.freeVariables()) {
      if (!ArgoConditions.NAMES.contains(name)) {
        unknown = true;
        findings.report(
            template,
            Nodes.at(EmbeddedText.position(workspace, condition, indexOf(condition.text(), name))),
            String.format(
                "%s uses unknown name \"%s\"; a condition sees only result, isNaN, isInf, asInt,"
                    + " asFloat, isNil and default",
                at, name));
      }
    }
    if (unknown || sample == NOT_PROMETHEUS) {
      return;
    }
    if (expr.freeVariables().contains("isNil") || expr.freeVariables().contains("default")) {
      String name = expr.freeVariables().contains("isNil") ? "isNil" : "default";
      findings.report(
          template,
          Nodes.at(EmbeddedText.position(workspace, condition, indexOf(condition.text(), name))),
          String.format(
              "%s uses %s(), which tests whether the whole result is nil; a Prometheus result"
                  + " never is",
              at, name));
    }
    String shape = sample instanceof List ? "a vector" : "a scalar";
    try {
      expr.check(ArgoConditions.environment(sample));
    } catch (ExprException e) {
      report(
          template,
          workspace,
          condition,
          substituted,
          e,
          at + " fails on " + shape + " result",
          findings);
      return;
    }
    try {
      Object value = ArgoConditions.evaluateCondition(expr, sample);
      if (!(value instanceof Boolean)) {
        findings.report(template, condition, at + " does not return a bool");
      }
    } catch (ExprException e) {
      if (e.reason().startsWith("expected bool")) {
        findings.report(template, condition, at + " " + e.reason());
      }
      // other run-time errors depend on the data, which is not known offline
    }
  }

  private static void report(
      KubeObject template,
      Workspace workspace,
      YScalar condition,
      Substitution substituted,
      ExprException e,
      String what,
      Findings findings) {
    int offset = offsetOf(substituted.text(), e.line(), e.column());
    findings.report(
        template,
        Nodes.at(EmbeddedText.position(workspace, condition, substituted.originalOffset(offset))),
        String.format("%s: %s", what, e.reason()));
  }

  private static final Object NOT_PROMETHEUS = new Object();

  /**
   * The value Argo would bind to {@code result}: a one-element vector, or a number for a
   * scalar-typed query; {@link #NOT_PROMETHEUS} for other providers, whose shape is unknown.
   */
  private static Object prometheusSample(YMap metric, List<YMap> args) {
    String query = metric.text("provider", "prometheus", "query").orElse(null);
    if (query == null) {
      return NOT_PROMETHEUS;
    }
    if (Nodes.present(metric, "provider", "prometheus", "rangeQuery")) {
      return List.of(1.0);
    }
    try {
      ValueType type = PromQL.parse(ArgSubstitution.of(query, args).text()).type();
      return type == ValueType.SCALAR ? (Object) 1.0 : List.of(1.0);
    } catch (PromQLParseException e) {
      return List.of(1.0);
    }
  }

  private static int offsetOf(String text, int line, int column) {
    int offset = 0;
    for (int l = 1; l < line && offset < text.length(); offset++) {
      if (text.charAt(offset) == '\n') {
        l++;
      }
    }
    return Math.min(text.length(), offset + Math.max(0, column - 1));
  }

  private static int indexOf(String text, String name) {
    Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
    return m.find() ? m.start() : 0;
  }
}
