package dev.tollgate.promql.ast;

/** The type an expression evaluates to, spelled as in Prometheus error messages. */
public enum ValueType {
  NONE("none"),
  SCALAR("scalar"),
  STRING("string"),
  VECTOR("instant vector"),
  MATRIX("range vector");

  private final String text;

  ValueType(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
