package dev.tollgate.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits expr-lang source into tokens, the way expr v1.15.5's lexer does. */
final class Lexer {
  private static final Set<String> WORD_OPERATORS =
      Set.of("not", "and", "or", "in", "matches", "contains", "startsWith", "endsWith");
  private static final String[] SYMBOLS = {
    "**", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "..", "!", "<", ">", "+", "-", "*", "/",
    "%", "^", "?", ":", ",", ".", "#", "|", "=", ";", "&"
  };

  private final Source source;
  private final String text;
  private int pos;

  Lexer(Source source) {
    this.source = source;
    this.text = source.text();
  }

  List<Token> tokens() throws ExprException {
    List<Token> out = new ArrayList<>();
    while (true) {
      skipSpaceAndComments();
      if (pos >= text.length()) {
        out.add(new Token(Token.Kind.EOF, "", null, pos));
        return out;
      }
      char c = text.charAt(pos);
      int start = pos;
      if (isAsciiDigit(c) || (c == '.' && pos + 1 < text.length() && isDigit(pos + 1))) {
        out.add(number());
      } else if (c == '"' || c == '\'') {
        out.add(new Token(Token.Kind.STRING, text.substring(start, pos), quoted(c), start));
      } else if (c == '`') {
        int end = text.indexOf('`', pos + 1);
        if (end < 0) {
          throw source.error(start, "literal not terminated");
        }
        pos = end + 1;
        out.add(
            new Token(
                Token.Kind.STRING,
                text.substring(start, pos),
                text.substring(start + 1, end),
                start));
      } else if (Character.isLetter(c) || c == '_' || c == '$') {
        while (pos < text.length()
            && (Character.isLetterOrDigit(text.charAt(pos))
                || text.charAt(pos) == '_'
                || text.charAt(pos) == '$')) {
          pos++;
        }
        String word = text.substring(start, pos);
        Token.Kind kind = WORD_OPERATORS.contains(word) ? Token.Kind.OPERATOR : Token.Kind.IDENT;
        out.add(new Token(kind, word, null, start));
      } else if ("()[]{}".indexOf(c) >= 0) {
        pos++;
        out.add(new Token(Token.Kind.BRACKET, String.valueOf(c), null, start));
      } else {
        String symbol = symbolAt(pos);
        if (symbol == null) {
          throw source.error(start, "unrecognized character: U+%04X '%s'", (int) c, c);
        }
        pos += symbol.length();
        out.add(new Token(Token.Kind.OPERATOR, symbol, null, start));
      }
    }
  }

  /** Number literals are ASCII: other Unicode digits would reach Double.parseDouble and fail. */
  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private boolean isDigit(int at) {
    return isAsciiDigit(text.charAt(at));
  }

  private String symbolAt(int at) {
    for (String s : SYMBOLS) {
      if (text.startsWith(s, at)) {
        // "1..5" must not lex "..5" as a float, and ".5" was handled as a number already
        return s;
      }
    }
    return null;
  }

  private void skipSpaceAndComments() throws ExprException {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (Character.isWhitespace(c)) {
        pos++;
      } else if (text.startsWith("//", pos)) {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
      } else if (text.startsWith("/*", pos)) {
        int end = text.indexOf("*/", pos + 2);
        if (end < 0) {
          throw source.error(pos, "unclosed comment");
        }
        pos = end + 2;
      } else {
        return;
      }
    }
  }

  private Token number() throws ExprException {
    int start = pos;
    boolean isFloat = false;
    if (text.startsWith("0x", pos) || text.startsWith("0X", pos)) {
      pos += 2;
      while (pos < text.length()
          && (Character.digit(text.charAt(pos), 16) >= 0 || text.charAt(pos) == '_')) {
        pos++;
      }
      return integer(start, text.substring(start + 2, pos).replace("_", ""), 16);
    }
    digits();
    if (pos < text.length()
        && text.charAt(pos) == '.'
        && !(pos + 1 < text.length() && text.charAt(pos + 1) == '.')) {
      isFloat = true;
      pos++;
      digits();
    }
    if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      isFloat = true;
      pos++;
      if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
        pos++;
      }
      int expStart = pos;
      digits();
      if (pos == expStart) {
        throw source.error(start, "invalid float literal: %s", text.substring(start, pos));
      }
    }
    String literal = text.substring(start, pos);
    String clean = literal.replace("_", "");
    if (isFloat) {
      return new Token(Token.Kind.NUMBER, literal, Double.parseDouble(clean), start);
    }
    return integer(start, clean, 10);
  }

  private Token integer(int start, String digits, int radix) throws ExprException {
    String literal = text.substring(start, pos);
    try {
      return new Token(Token.Kind.NUMBER, literal, Long.parseLong(digits, radix), start);
    } catch (NumberFormatException e) {
      throw source.error(start, "invalid integer literal: %s", literal);
    }
  }

  private void digits() {
    while (pos < text.length() && (isAsciiDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos++;
    }
  }

  /** Reads a quoted string with Go's escapes; {@code pos} is on the opening quote. */
  private String quoted(char quote) throws ExprException {
    int start = pos;
    StringBuilder out = new StringBuilder();
    pos++;
    while (true) {
      if (pos >= text.length() || text.charAt(pos) == '\n') {
        throw source.error(start, "literal not terminated");
      }
      char c = text.charAt(pos++);
      if (c == quote) {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (pos >= text.length()) {
        throw source.error(start, "literal not terminated");
      }
      char e = text.charAt(pos++);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'a' -> out.append('\u0007');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'v' -> out.append('\u000b');
        case '\\', '\'', '"' -> out.append(e);
        case 'x' -> out.appendCodePoint(hex(start, 2));
        case 'u' -> out.appendCodePoint(hex(start, 4));
        case 'U' -> out.appendCodePoint(hex(start, 8));
        default -> throw source.error(pos - 2, "invalid char escape");
      }
    }
  }

  private int hex(int start, int count) throws ExprException {
    if (pos + count > text.length()) {
      throw source.error(start, "invalid char escape");
    }
    try {
      int value = Integer.parseUnsignedInt(text.substring(pos, pos + count), 16);
      if (!Character.isValidCodePoint(value)) {
        throw source.error(pos, "invalid char escape");
      }
      pos += count;
      return value;
    } catch (NumberFormatException e) {
      throw source.error(pos, "invalid char escape");
    }
  }
}
