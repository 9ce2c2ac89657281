package dev.tollgate.lint.rules.grafana;

import dev.tollgate.promql.ast.AggregateExpr;
import dev.tollgate.promql.ast.BinaryExpr;
import dev.tollgate.promql.ast.Call;
import dev.tollgate.promql.ast.Expr;
import dev.tollgate.promql.ast.LabelMatcher;
import dev.tollgate.promql.ast.MatrixSelector;
import dev.tollgate.promql.ast.ParenExpr;
import dev.tollgate.promql.ast.SubqueryExpr;
import dev.tollgate.promql.ast.UnaryExpr;
import dev.tollgate.promql.ast.VectorSelector;
import java.util.List;
import java.util.function.Consumer;

/** Walks a PromQL AST and hands over every vector selector. */
final class PromqlSelectors {
  private PromqlSelectors() {}

  static void each(Expr expr, Consumer<VectorSelector> out) {
    if (expr instanceof VectorSelector v) {
      out.accept(v);
    } else if (expr instanceof MatrixSelector m) {
      out.accept(m.selector());
    } else if (expr instanceof SubqueryExpr s) {
      each(s.expr(), out);
    } else if (expr instanceof Call c) {
      c.args().forEach(a -> each(a, out));
    } else if (expr instanceof AggregateExpr a) {
      each(a.expr(), out);
      if (a.param() != null) {
        each(a.param(), out);
      }
    } else if (expr instanceof BinaryExpr b) {
      each(b.lhs(), out);
      each(b.rhs(), out);
    } else if (expr instanceof UnaryExpr u) {
      each(u.expr(), out);
    } else if (expr instanceof ParenExpr p) {
      each(p.expr(), out);
    }
  }

  /** The metric name: written before the braces, or an equality {@code __name__} matcher. */
  static String metricName(VectorSelector selector) {
    if (selector.name() != null && !selector.name().isEmpty()) {
      return selector.name();
    }
    List<LabelMatcher> matchers = selector.matchers();
    for (LabelMatcher m : matchers) {
      if (m.name().equals("__name__") && m.type() == LabelMatcher.Type.EQ) {
        return m.value();
      }
    }
    return null;
  }
}
