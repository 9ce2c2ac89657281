package dev.tollgate.expr;

/** One lexical token; {@code offset} is the index of its first character in the source. */
record Token(Kind kind, String text, Object value, int offset) {
  enum Kind {
    NUMBER,
    STRING,
    IDENT,
    OPERATOR,
    BRACKET,
    EOF
  }

  boolean is(Kind k, String t) {
    return kind == k && text.equals(t);
  }

  boolean isOperator(String t) {
    return is(Kind.OPERATOR, t);
  }

  boolean isBracket(String t) {
    return is(Kind.BRACKET, t);
  }
}
