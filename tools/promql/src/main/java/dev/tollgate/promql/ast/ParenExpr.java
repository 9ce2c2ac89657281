package dev.tollgate.promql.ast;

public record ParenExpr(Expr expr, int start, int end) implements Expr {
  @Override
  public ValueType type() {
    return expr.type();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParenExpr p && p.expr.equals(expr);
  }

  @Override
  public int hashCode() {
    return expr.hashCode() + 17;
  }

  @Override
  public String toString() {
    return Printer.print(this);
  }
}
