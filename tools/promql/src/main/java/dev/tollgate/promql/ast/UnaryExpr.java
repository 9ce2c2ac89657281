package dev.tollgate.promql.ast;

/** Unary minus or plus on a vector or scalar expression. */
public record UnaryExpr(boolean negate, Expr expr, int start, int end) implements Expr {
  @Override
  public ValueType type() {
    return expr.type();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnaryExpr u && u.negate == negate && u.expr.equals(expr);
  }

  @Override
  public int hashCode() {
    return expr.hashCode() + (negate ? 1 : 0);
  }

  @Override
  public String toString() {
    return Printer.print(this);
  }
}
