package dev.tollgate.promql.ast;

/**
 * {@code expr[range:step]}; {@code stepMillis} 0 means the engine's default step.
 *
 * @param at the {@code @} modifier, or null
 */
public record SubqueryExpr(
    Expr expr, long rangeMillis, long stepMillis, long offsetMillis, At at, int start, int end)
    implements Expr {
  @Override
  public ValueType type() {
    return ValueType.MATRIX;
  }

  public SubqueryExpr withModifiers(long offset, At newAt, int newEnd) {
    return new SubqueryExpr(expr, rangeMillis, stepMillis, offset, newAt, start, newEnd);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubqueryExpr s
        && s.expr.equals(expr)
        && s.rangeMillis == rangeMillis
        && s.stepMillis == stepMillis
        && s.offsetMillis == offsetMillis
        && java.util.Objects.equals(s.at, at);
  }

  @Override
  public int hashCode() {
    return expr.hashCode() + Long.hashCode(rangeMillis);
  }

  @Override
  public String toString() {
    return Printer.print(this);
  }
}
