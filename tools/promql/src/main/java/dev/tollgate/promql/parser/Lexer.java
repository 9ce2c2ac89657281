package dev.tollgate.promql.parser;

import dev.tollgate.promql.parser.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns a query into tokens, mirroring Prometheus's {@code parser/lex.go} decisions. */
final class Lexer {
  static final Set<String> AGGREGATORS =
      Set.of(
          "sum",
          "avg",
          "count",
          "min",
          "max",
          "group",
          "stddev",
          "stdvar",
          "topk",
          "bottomk",
          "count_values",
          "quantile",
          "limitk",
          "limit_ratio");
  private static final Set<String> KEYWORDS =
      Set.of(
          "and",
          "or",
          "unless",
          "atan2",
          "offset",
          "by",
          "without",
          "on",
          "ignoring",
          "group_left",
          "group_right",
          "bool");

  private final String input;
  private int pos;
  private final List<Token> out = new ArrayList<>();

  private Lexer(String input) {
    this.input = input;
  }

  static boolean isKeyword(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    return KEYWORDS.contains(w) || AGGREGATORS.contains(w);
  }

  static String describeKeyword(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    if (AGGREGATORS.contains(w)) {
      return "aggregation " + quote(w);
    }
    return switch (w) {
      case "and", "or", "unless", "atan2" -> "binary operator " + quote(w);
      case "offset" -> "offset";
      case "bool" -> "bool";
      default -> quote(w);
    };
  }

  private static String quote(String s) {
    return dev.tollgate.promql.GoStrings.quote(s);
  }

  static List<Token> lex(String input) throws LexError {
    Lexer l = new Lexer(input);
    try {
      l.run();
    } catch (LexError e) {
      // Like Prometheus's lazy lexer, the error surfaces only when the parser gets there.
      l.out.add(new Token(Kind.ERROR, e.getMessage(), e.pos));
    }
    return l.out;
  }

  /** A lexing failure at a position. */
  static final class LexError extends Exception {
    private static final long serialVersionUID = 1L;
    final int pos;
    final int end;

    LexError(int pos, int end, String message) {
      super(message);
      this.pos = pos;
      this.end = end;
    }
  }

  private void run() throws LexError {
    int braceDepth = 0;
    int bracketDepth = 0;
    int parenDepth = 0;
    while (true) {
      skipSpaceAndComments();
      if (pos >= input.length()) {
        if (parenDepth > 0) {
          throw new LexError(pos, pos, "unclosed left parenthesis");
        }
        if (bracketDepth > 0) {
          throw new LexError(pos, pos, "unclosed left bracket");
        }
        if (braceDepth > 0) {
          throw new LexError(pos, pos, "unexpected end of input inside braces");
        }
        out.add(new Token(Kind.EOF, "", input.length()));
        return;
      }
      int start = pos;
      char c = input.charAt(pos);
      if ((Character.isLetter(c) && c < 128)
          || c == '_'
          || (c == ':' && braceDepth == 0 && bracketDepth == 0)) {
        lexIdentifier(start, braceDepth > 0 || bracketDepth > 0);
      } else if (Character.isDigit(c)
          || (c == '.' && pos + 1 < input.length() && Character.isDigit(input.charAt(pos + 1)))) {
        lexNumberOrDuration(start);
      } else if (c == '"' || c == '\'' || c == '`') {
        lexString(start, c);
      } else {
        switch (c) {
          case '(' -> {
            parenDepth++;
            emit(Kind.LEFT_PAREN, 1);
          }
          case ')' -> {
            if (parenDepth == 0) {
              throw new LexError(pos, pos + 1, "unexpected right parenthesis ')'");
            }
            parenDepth--;
            emit(Kind.RIGHT_PAREN, 1);
          }
          case '{' -> {
            braceDepth++;
            emit(Kind.LEFT_BRACE, 1);
          }
          case '}' -> {
            if (braceDepth == 0) {
              throw new LexError(pos, pos + 1, "unexpected right brace " + quoteRune('}'));
            }
            braceDepth--;
            emit(Kind.RIGHT_BRACE, 1);
          }
          case '[' -> {
            bracketDepth++;
            emit(Kind.LEFT_BRACKET, 1);
          }
          case ']' -> {
            bracketDepth = Math.max(0, bracketDepth - 1);
            emit(Kind.RIGHT_BRACKET, 1);
          }
          case ',' -> emit(Kind.COMMA, 1);
          case ':' -> emit(Kind.COLON, 1);
          case '@' -> emit(Kind.AT, 1);
          case '+', '-', '*', '/', '%', '^' -> emit(Kind.OPERATOR, 1);
          case '=' -> {
            if (peekAt(1) == '=') {
              emit(Kind.OPERATOR, 2);
            } else if (peekAt(1) == '~') {
              emit(Kind.EQL_REGEX, 2);
            } else {
              emit(Kind.ASSIGN, 1);
            }
          }
          case '!' -> {
            if (peekAt(1) == '=') {
              emit(Kind.OPERATOR, 2);
            } else if (peekAt(1) == '~') {
              emit(Kind.NEQ_REGEX, 2);
            } else {
              throw new LexError(
                  pos, pos + 1, "unexpected character after '!': " + quoteRune(peekAt(1)));
            }
          }
          case '<', '>' -> emit(Kind.OPERATOR, peekAt(1) == '=' ? 2 : 1);
          default -> throw new LexError(pos, pos + 1, "unexpected character: " + quoteRune(c));
        }
      }
    }
  }

  private static String quoteRune(char c) {
    if (c == 0) {
      return "'\\x00'";
    }
    return "'" + c + "'";
  }

  private char peekAt(int offset) {
    int p = pos + offset;
    return p < input.length() ? input.charAt(p) : 0;
  }

  private void emit(Kind kind, int length) {
    out.add(new Token(kind, input.substring(pos, pos + length), pos));
    pos += length;
  }

  private void skipSpaceAndComments() {
    while (pos < input.length()) {
      char c = input.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        pos++;
      } else if (c == '#') {
        while (pos < input.length() && input.charAt(pos) != '\n') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  private void lexIdentifier(int start, boolean inBraces) {
    boolean hasColon = false;
    while (pos < input.length()) {
      char c = input.charAt(pos);
      if ((c < 128 && Character.isLetterOrDigit(c)) || c == '_') {
        pos++;
      } else if (c == ':' && !inBraces) {
        hasColon = true;
        pos++;
      } else {
        break;
      }
    }
    String word = input.substring(start, pos);
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    if (!inBraces && (lower.equals("inf") || lower.equals("nan"))) {
      out.add(new Token(Kind.NUMBER, word, start));
      return;
    }
    out.add(new Token(hasColon ? Kind.METRIC_IDENTIFIER : Kind.IDENTIFIER, word, start));
  }

  private void lexNumberOrDuration(int start) throws LexError {
    if (scanNumber()) {
      out.add(new Token(Kind.NUMBER, input.substring(start, pos), start));
      return;
    }
    pos = start;
    // A duration: one or more (digits unit) groups.
    boolean any = false;
    while (pos < input.length() && Character.isDigit(input.charAt(pos))) {
      while (pos < input.length() && Character.isDigit(input.charAt(pos))) {
        pos++;
      }
      int unitStart = pos;
      if (input.startsWith("ms", pos)) {
        pos += 2;
      } else if (pos < input.length() && "smhdwy".indexOf(input.charAt(pos)) >= 0) {
        pos++;
      }
      if (pos == unitStart) {
        break;
      }
      any = true;
    }
    if (!any
        || (pos < input.length()
            && (Character.isLetterOrDigit(input.charAt(pos)) || input.charAt(pos) == '.'))) {
      while (pos < input.length()
          && (Character.isLetterOrDigit(input.charAt(pos)) || input.charAt(pos) == '.')) {
        pos++;
      }
      throw new LexError(
          start, pos, "bad number or duration syntax: " + quote(input.substring(start, pos)));
    }
    out.add(new Token(Kind.DURATION, input.substring(start, pos), start));
  }

  /** Scans a number; false when it is directly followed by a letter (then it is a duration). */
  private boolean scanNumber() {
    String digits = "0123456789";
    if (peekAt(0) == '0' && (peekAt(1) == 'x' || peekAt(1) == 'X')) {
      pos += 2;
      digits = "0123456789abcdefABCDEF";
      int s = pos;
      while (pos < input.length() && digits.indexOf(input.charAt(pos)) >= 0) {
        pos++;
      }
      return pos > s && !(pos < input.length() && Character.isLetterOrDigit(input.charAt(pos)));
    }
    while (pos < input.length()
        && (Character.isDigit(input.charAt(pos)) || input.charAt(pos) == '_')) {
      pos++;
    }
    if (peekAt(0) == '.') {
      pos++;
      while (pos < input.length()
          && (Character.isDigit(input.charAt(pos)) || input.charAt(pos) == '_')) {
        pos++;
      }
    }
    if ((peekAt(0) == 'e' || peekAt(0) == 'E')
        && (Character.isDigit(peekAt(1))
            || ((peekAt(1) == '+' || peekAt(1) == '-') && Character.isDigit(peekAt(2))))) {
      pos += 2;
      while (pos < input.length() && Character.isDigit(input.charAt(pos))) {
        pos++;
      }
    }
    return !(pos < input.length() && Character.isLetter(input.charAt(pos)));
  }

  private void lexString(int start, char quoteChar) throws LexError {
    pos++;
    while (true) {
      if (pos >= input.length()) {
        throw new LexError(start, pos, "unterminated quoted string");
      }
      char c = input.charAt(pos);
      if (c == '\\' && quoteChar != '`') {
        pos += 2;
        continue;
      }
      if (c == '\n' && quoteChar != '`') {
        throw new LexError(start, pos, "unterminated quoted string");
      }
      pos++;
      if (c == quoteChar) {
        break;
      }
    }
    out.add(new Token(Kind.STRING, input.substring(start, pos), start));
  }
}
