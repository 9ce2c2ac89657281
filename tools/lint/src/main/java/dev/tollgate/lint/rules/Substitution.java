package dev.tollgate.lint.rules;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query or condition with its template tags (Argo's {@code {{args.x}}}, Grafana's {@code $var})
 * replaced so it can be parsed offline: a tag with a known value gets it, anything else a
 * placeholder that fits where the tag stands (a word inside quotes or next to a name, a duration
 * after {@code [} or {@code offset}, a number elsewhere). Offsets in the result map back to the
 * original text.
 */
public final class Substitution {
  private final String text;
  private final int[] original;

  private Substitution(String text, int[] original) {
    this.text = text;
    this.original = original;
  }

  /**
   * Replaces every match of {@code tag}; {@code value} gives a tag's text (the whole match) a
   * value, or null for a placeholder.
   */
  public static Substitution of(String source, Pattern tag, Function<String, String> value) {
    StringBuilder out = new StringBuilder();
    int[] map = new int[source.length() * 2 + 64];
    Matcher m = tag.matcher(source);
    int at = 0;
    while (m.find()) {
      for (int i = at; i < m.start(); i++) {
        map = put(map, out.length(), i);
        out.append(source.charAt(i));
      }
      String known = value.apply(m.group());
      String text = known != null ? known : placeholder(source, m.start(), m.end());
      for (int k = 0; k < text.length(); k++) {
        map = put(map, out.length(), m.start());
        out.append(text.charAt(k));
      }
      at = m.end();
    }
    for (int i = at; i < source.length(); i++) {
      map = put(map, out.length(), i);
      out.append(source.charAt(i));
    }
    map = put(map, out.length(), source.length());
    return new Substitution(out.toString(), map);
  }

  public String text() {
    return text;
  }

  /** The offset in the original text for an offset in {@link #text()}. */
  public int originalOffset(int offset) {
    return original[Math.max(0, Math.min(offset, text.length()))];
  }

  private static int[] put(int[] map, int index, int value) {
    int[] out = index < map.length ? map : java.util.Arrays.copyOf(map, map.length * 2 + index);
    out[index] = value;
    return out;
  }

  private static String placeholder(String source, int start, int end) {
    if (insideQuotes(source, start)) {
      return "placeholder";
    }
    String before = source.substring(0, start).stripTrailing();
    if (before.endsWith("[") || before.endsWith(":") || before.endsWith("offset")) {
      return "5m";
    }
    char prev = start > 0 ? source.charAt(start - 1) : ' ';
    char next = end < source.length() ? source.charAt(end) : ' ';
    if (isNameChar(prev) || isNameChar(next)) {
      return "placeholder";
    }
    return "1";
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == ':';
  }

  private static boolean insideQuotes(String source, int offset) {
    char open = 0;
    for (int i = 0; i < offset; i++) {
      char c = source.charAt(i);
      if (open != 0 && c == '\\') {
        i++;
      } else if (open == 0 && (c == '"' || c == '\'' || c == '`')) {
        open = c;
      } else if (c == open) {
        open = 0;
      }
    }
    return open != 0;
  }
}
