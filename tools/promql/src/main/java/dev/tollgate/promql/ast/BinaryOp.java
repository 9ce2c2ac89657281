package dev.tollgate.promql.ast;

/** Binary operators with their Prometheus precedence (higher binds tighter). */
public enum BinaryOp {
  LOR("or", 1),
  LAND("and", 2),
  LUNLESS("unless", 2),
  EQLC("==", 3),
  NEQ("!=", 3),
  LTE("<=", 3),
  LSS("<", 3),
  GTE(">=", 3),
  GTR(">", 3),
  ADD("+", 4),
  SUB("-", 4),
  MUL("*", 5),
  DIV("/", 5),
  MOD("%", 5),
  ATAN2("atan2", 5),
  POW("^", 6);

  private final String text;
  private final int precedence;

  BinaryOp(String text, int precedence) {
    this.text = text;
    this.precedence = precedence;
  }

  public String text() {
    return text;
  }

  public int precedence() {
    return precedence;
  }

  public boolean isComparison() {
    return precedence == 3;
  }

  public boolean isSetOperator() {
    return this == LOR || this == LAND || this == LUNLESS;
  }

  public boolean rightAssociative() {
    return this == POW;
  }
}
