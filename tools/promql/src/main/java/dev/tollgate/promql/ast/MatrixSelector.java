package dev.tollgate.promql.ast;

public record MatrixSelector(VectorSelector selector, long rangeMillis, int start, int end)
    implements Expr {
  @Override
  public ValueType type() {
    return ValueType.MATRIX;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MatrixSelector m
        && m.selector.equals(selector)
        && m.rangeMillis == rangeMillis;
  }

  @Override
  public int hashCode() {
    return selector.hashCode() + Long.hashCode(rangeMillis);
  }

  @Override
  public String toString() {
    return Printer.print(this);
  }
}
