package dev.tollgate.promql.ast;

import java.util.List;

/**
 * {@code op [by|without (grouping)] ([param,] expr)}.
 *
 * @param param the parameter of topk/bottomk/quantile/count_values/limitk/limit_ratio, or null
 */
public record AggregateExpr(
    String op, Expr expr, Expr param, List<String> grouping, boolean without, int start, int end)
    implements Expr {
  @Override
  public ValueType type() {
    return ValueType.VECTOR;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AggregateExpr a
        && a.op.equals(op)
        && a.expr.equals(expr)
        && java.util.Objects.equals(a.param, param)
        && a.grouping.equals(grouping)
        && a.without == without;
  }

  @Override
  public int hashCode() {
    return op.hashCode() * 31 + expr.hashCode();
  }

  @Override
  public String toString() {
    return Printer.print(this);
  }
}
