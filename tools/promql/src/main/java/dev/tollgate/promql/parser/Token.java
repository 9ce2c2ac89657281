package dev.tollgate.promql.parser;

/** One lexed token; {@code pos} is the char offset of its first character. */
record Token(Kind kind, String text, int pos) {
  enum Kind {
    EOF,
    IDENTIFIER,
    METRIC_IDENTIFIER,
    NUMBER,
    DURATION,
    STRING,
    LEFT_PAREN,
    RIGHT_PAREN,
    LEFT_BRACE,
    RIGHT_BRACE,
    LEFT_BRACKET,
    RIGHT_BRACKET,
    COMMA,
    COLON,
    AT,
    ASSIGN,
    EQL_REGEX,
    NEQ_REGEX,
    OPERATOR,
    /** A lexing error; {@code text} holds the message. Reported when the parser reaches it. */
    ERROR
  }

  int end() {
    return pos + text.length();
  }

  /** How Prometheus names the token in "unexpected ..." messages. */
  String describe() {
    return switch (kind) {
      case EOF -> "end of input";
      case IDENTIFIER, METRIC_IDENTIFIER ->
          Lexer.isKeyword(text)
              ? Lexer.describeKeyword(text)
              : (kind == Kind.IDENTIFIER ? "identifier " : "metric identifier ") + quote(text);
      case NUMBER -> "number " + quote(text);
      case DURATION -> "duration " + quote(text);
      case STRING -> "string " + quote(text);
      case LEFT_PAREN -> "(";
      case RIGHT_PAREN -> ")";
      case LEFT_BRACE -> "{";
      case RIGHT_BRACE -> "}";
      case LEFT_BRACKET -> "[";
      case RIGHT_BRACKET -> "]";
      case COMMA -> "\",\"";
      case COLON -> "\":\"";
      case AT -> "@";
      case ASSIGN -> "\"=\"";
      case EQL_REGEX -> "\"=~\"";
      case NEQ_REGEX -> "\"!~\"";
      case OPERATOR -> "operator \"" + text + "\"";
      case ERROR -> text;
    };
  }

  private static String quote(String s) {
    return dev.tollgate.promql.GoStrings.quote(s);
  }
}
