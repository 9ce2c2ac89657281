package dev.tollgate.promql.ast;

/**
 * A binary operation.
 *
 * @param matching null when either side is a scalar
 */
public record BinaryExpr(
    BinaryOp op,
    Expr lhs,
    Expr rhs,
    VectorMatching matching,
    boolean returnBool,
    int start,
    int end)
    implements Expr {
  @Override
  public ValueType type() {
    return lhs.type() == ValueType.SCALAR && rhs.type() == ValueType.SCALAR
        ? ValueType.SCALAR
        : ValueType.VECTOR;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BinaryExpr b
        && b.op == op
        && b.lhs.equals(lhs)
        && b.rhs.equals(rhs)
        && java.util.Objects.equals(b.matching, matching)
        && b.returnBool == returnBool;
  }

  @Override
  public int hashCode() {
    return op.hashCode() * 31 + lhs.hashCode() * 7 + rhs.hashCode();
  }

  @Override
  public String toString() {
    return Printer.print(this);
  }
}
