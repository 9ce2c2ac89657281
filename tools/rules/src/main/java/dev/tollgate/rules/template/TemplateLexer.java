package dev.tollgate.rules.template;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Go text/template source into text pieces and action token lists, handling <code>{{-</code>
 * / <code>-}}</code> trim markers and {@code {{/* comments *\/}}}.
 */
final class TemplateLexer {

  enum Kind {
    IDENT,
    FIELD,
    VAR,
    DOT,
    STRING,
    NUMBER,
    CHAR,
    PIPE,
    LPAREN,
    RPAREN,
    DECLARE,
    ASSIGN,
    COMMA
  }

  /** {@code spaceBefore} tells field chains ({@code .a.b}) from separate arguments. */
  record Token(Kind kind, String text, int offset, boolean spaceBefore) {}

  /** A text piece (tokens null) or an action (text null). */
  record Piece(String text, List<Token> tokens, int offset) {}

  private final String src;
  private int pos;

  TemplateLexer(String src) {
    this.src = src;
  }

  List<Piece> lex() throws TemplateException {
    List<Piece> pieces = new ArrayList<>();
    while (pos < src.length()) {
      int open = src.indexOf("{{", pos);
      if (open < 0) {
        pieces.add(new Piece(src.substring(pos), null, pos));
        break;
      }
      int textEnd = open;
      boolean trimLeft =
          src.startsWith("{{-", open) && open + 3 < src.length() && isSpace(src.charAt(open + 3));
      if (trimLeft) {
        while (textEnd > pos && isSpace(src.charAt(textEnd - 1))) {
          textEnd--;
        }
      }
      if (textEnd > pos) {
        pieces.add(new Piece(src.substring(pos, textEnd), null, pos));
      }
      int inner = open + (trimLeft ? 3 : 2);
      int[] end = new int[1];
      List<Token> tokens = lexAction(inner, end);
      int close = end[0];
      pos = close + 2;
      boolean trimRight =
          src.startsWith("-}}", close - 1) && close - 2 >= inner && isSpace(src.charAt(close - 2));
      if (trimRight) {
        while (pos < src.length() && isSpace(src.charAt(pos))) {
          pos++;
        }
      }
      if (tokens != null) {
        pieces.add(new Piece(null, tokens, open));
      }
    }
    return pieces;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  /**
   * Lexes one action starting at {@code i}; {@code end[0]} receives the offset of the closing
   * {@code }}} (of the {@code -} in {@code -}}}). Returns null for a comment.
   */
  private List<Token> lexAction(int i, int[] end) throws TemplateException {
    int j = i;
    while (j < src.length() && isSpace(src.charAt(j))) {
      j++;
    }
    if (src.startsWith("/*", j)) {
      int close = src.indexOf("*/", j + 2);
      if (close < 0) {
        throw new TemplateException("unclosed comment", i);
      }
      int k = close + 2;
      while (k < src.length() && isSpace(src.charAt(k))) {
        k++;
      }
      if (src.startsWith("-}}", k)) {
        end[0] = k + 1;
        return null;
      }
      if (!src.startsWith("}}", k)) {
        throw new TemplateException("comment ends before closing delimiter", k);
      }
      end[0] = k;
      return null;
    }
    List<Token> tokens = new ArrayList<>();
    boolean space = true;
    while (true) {
      if (i >= src.length()) {
        throw new TemplateException("unclosed action", i);
      }
      char c = src.charAt(i);
      if (isSpace(c)) {
        if (src.startsWith("-}}", i + 1)) {
          end[0] = i + 2;
          return tokens;
        }
        space = true;
        i++;
        continue;
      }
      if (src.startsWith("}}", i)) {
        end[0] = i;
        return tokens;
      }
      int start = i;
      Kind kind;
      String text;
      if (c == '|') {
        kind = Kind.PIPE;
        text = "|";
        i++;
      } else if (c == '(') {
        kind = Kind.LPAREN;
        text = "(";
        i++;
      } else if (c == ')') {
        kind = Kind.RPAREN;
        text = ")";
        i++;
      } else if (c == ',') {
        kind = Kind.COMMA;
        text = ",";
        i++;
      } else if (c == ':' && src.startsWith(":=", i)) {
        kind = Kind.DECLARE;
        text = ":=";
        i += 2;
      } else if (c == '=') {
        kind = Kind.ASSIGN;
        text = "=";
        i++;
      } else if (c == '"') {
        i = endOfQuoted(i, '"');
        kind = Kind.STRING;
        text = unquote(src.substring(start + 1, i - 1), start);
      } else if (c == '`') {
        int close = src.indexOf('`', i + 1);
        if (close < 0) {
          throw new TemplateException("unterminated raw quoted string", start);
        }
        i = close + 1;
        kind = Kind.STRING;
        text = src.substring(start + 1, close);
      } else if (c == '\'') {
        i = endOfQuoted(i, '\'');
        kind = Kind.CHAR;
        text = unquote(src.substring(start + 1, i - 1), start);
      } else if (c == '$') {
        i++;
        while (i < src.length() && isAlnum(src.charAt(i))) {
          i++;
        }
        kind = Kind.VAR;
        text = src.substring(start, i);
      } else if (c == '.' && (i + 1 >= src.length() || !isAlnum(src.charAt(i + 1)))) {
        kind = Kind.DOT;
        text = ".";
        i++;
      } else if (c == '.' && !Character.isDigit(src.charAt(i + 1))) {
        i++;
        while (i < src.length() && isAlnum(src.charAt(i))) {
          i++;
        }
        kind = Kind.FIELD;
        text = src.substring(start + 1, i);
      } else if (Character.isDigit(c) || c == '-' || c == '+' || c == '.') {
        i++;
        while (i < src.length()
            && (isAlnum(src.charAt(i))
                || src.charAt(i) == '.'
                || ((src.charAt(i) == '-' || src.charAt(i) == '+')
                    && (src.charAt(i - 1) == 'e' || src.charAt(i - 1) == 'E')))) {
          i++;
        }
        kind = Kind.NUMBER;
        text = src.substring(start, i);
      } else if (isAlnum(c)) {
        while (i < src.length() && isAlnum(src.charAt(i))) {
          i++;
        }
        kind = Kind.IDENT;
        text = src.substring(start, i);
      } else {
        throw new TemplateException("unexpected \"" + c + "\" in command", start);
      }
      tokens.add(new Token(kind, text, start, space));
      space = false;
    }
  }

  private static boolean isAlnum(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  private int endOfQuoted(int i, char quote) throws TemplateException {
    int j = i + 1;
    while (j < src.length()) {
      char c = src.charAt(j);
      if (c == '\\') {
        j += 2;
        continue;
      }
      if (c == '\n') {
        break;
      }
      if (c == quote) {
        return j + 1;
      }
      j++;
    }
    throw new TemplateException("unterminated quoted string", i);
  }

  /** Go string escapes: \n \t \" \\ \x41 \u00e9 and the rest of strconv.Unquote's set. */
  private static String unquote(String body, int offset) throws TemplateException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (++i >= body.length()) {
        throw new TemplateException("invalid syntax in quoted string", offset);
      }
      char e = body.charAt(i);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'a' -> sb.append('\u0007');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'v' -> sb.append('\u000b');
        case '\\', '"', '\'' -> sb.append(e);
        case 'x', 'u', 'U' -> {
          int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          if (i + 1 + len > body.length()) {
            throw new TemplateException("invalid syntax in quoted string", offset);
          }
          try {
            sb.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 1 + len), 16));
          } catch (RuntimeException ex) {
            throw new TemplateException("invalid syntax in quoted string", offset);
          }
          i += len;
        }
        default -> throw new TemplateException("invalid syntax in quoted string", offset);
      }
    }
    return sb.toString();
  }
}
