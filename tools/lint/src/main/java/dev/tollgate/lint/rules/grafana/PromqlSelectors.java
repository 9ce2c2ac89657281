package dev.tollgate.lint.rules.grafana;

import dev.tollgate.promql.ast.Expr;
import dev.tollgate.promql.ast.Exprs;
import dev.tollgate.promql.ast.LabelMatcher;
import dev.tollgate.promql.ast.VectorSelector;
import java.util.List;
import java.util.function.Consumer;

/** The vector selectors of a PromQL query and the metric names they select. */
final class PromqlSelectors {
  private PromqlSelectors() {}

  static void each(Expr expr, Consumer<VectorSelector> out) {
    Exprs.selectors(expr).forEach(out);
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
