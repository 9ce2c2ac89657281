package dev.tollgate.promql.ast;

public record NumberLiteral(double value, int start, int end) implements Expr {
  @Override
  public ValueType type() {
    return ValueType.SCALAR;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NumberLiteral n
        && Double.doubleToLongBits(n.value) == Double.doubleToLongBits(value);
  }

  @Override
  public int hashCode() {
    return Double.hashCode(value);
  }

  @Override
  public String toString() {
    return Printer.print(this);
  }
}
