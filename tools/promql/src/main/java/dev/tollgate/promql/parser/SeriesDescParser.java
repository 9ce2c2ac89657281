package dev.tollgate.promql.parser;

import dev.tollgate.promql.Labels;
import dev.tollgate.promql.parser.Token.Kind;
import java.util.List;

/** Parses the series descriptor at the start of a test input line: {@code name{a="b", ...}}. */
public final class SeriesDescParser {
  private SeriesDescParser() {}

  /** The labels, and the char offset just after the descriptor. */
  public record Result(Labels labels, int endOffset) {}

  public static Result parse(String line) {
    String trimmed = line;
    int offset = 0;
    while (offset < trimmed.length() && Character.isWhitespace(trimmed.charAt(offset))) {
      offset++;
    }
    int end = descriptorEnd(trimmed, offset);
    String desc = trimmed.substring(offset, end);
    List<Token> tokens;
    try {
      tokens = Lexer.lex(desc);
    } catch (Lexer.LexError e) {
      throw new IllegalArgumentException(e.getMessage());
    }
    Labels.Builder b = new Labels.Builder();
    int i = 0;
    Token t = tokens.get(i);
    if (t.kind() == Kind.IDENTIFIER || t.kind() == Kind.METRIC_IDENTIFIER) {
      b.set(Labels.METRIC_NAME, t.text());
      t = tokens.get(++i);
    }
    if (t.kind() == Kind.LEFT_BRACE) {
      t = tokens.get(++i);
      while (t.kind() != Kind.RIGHT_BRACE) {
        String name;
        if (t.kind() == Kind.IDENTIFIER) {
          name = t.text();
        } else if (t.kind() == Kind.STRING) {
          name = GoUnquote.unquote(t.text());
        } else {
          throw new IllegalArgumentException("unexpected " + t.describe() + " in label set");
        }
        t = tokens.get(++i);
        if (t.kind() != Kind.ASSIGN) {
          if (t.kind() == Kind.COMMA || t.kind() == Kind.RIGHT_BRACE) {
            // a quoted metric name inside the braces: {"my.metric"}
            b.set(Labels.METRIC_NAME, name);
            if (t.kind() == Kind.COMMA) {
              t = tokens.get(++i);
            }
            continue;
          }
          throw new IllegalArgumentException(
              "unexpected " + t.describe() + " in label matching, expected \"=\"");
        }
        t = tokens.get(++i);
        if (t.kind() != Kind.STRING) {
          throw new IllegalArgumentException(
              "unexpected " + t.describe() + " in label matching, expected string");
        }
        b.set(name, GoUnquote.unquote(t.text()));
        t = tokens.get(++i);
        if (t.kind() == Kind.COMMA) {
          t = tokens.get(++i);
        } else if (t.kind() != Kind.RIGHT_BRACE) {
          throw new IllegalArgumentException(
              "unexpected " + t.describe() + " in label set, expected \",\" or \"}\"");
        }
      }
      i++;
    }
    if (tokens.get(i).kind() != Kind.EOF) {
      throw new IllegalArgumentException(
          "unexpected " + tokens.get(i).describe() + " in series descriptor");
    }
    return new Result(b.build(), end);
  }

  /** Where the descriptor ends: after the closing brace, or after the bare name. */
  private static int descriptorEnd(String s, int from) {
    int i = from;
    boolean inString = false;
    char quote = 0;
    int depth = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (inString) {
        if (c == '\\' && quote != '`') {
          i += 2;
          continue;
        }
        if (c == quote) {
          inString = false;
        }
        i++;
        continue;
      }
      if (c == '"' || c == '\'' || c == '`') {
        inString = true;
        quote = c;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      } else if (depth == 0 && (Character.isWhitespace(c) || c == '@')) {
        return i;
      }
      i++;
    }
    return i;
  }
}
