package dev.tollgate.promql.ast;

public record StringLiteral(String value, int start, int end) implements Expr {
  @Override
  public ValueType type() {
    return ValueType.STRING;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StringLiteral s && s.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return Printer.print(this);
  }
}
