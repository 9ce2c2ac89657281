package dev.tollgate.flags.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A strict RFC 8259 reader and a writer for the few JSON texts inside flag files ({@code isoneof}
 * value lists, attachments). The flags module stays free of dependencies beyond YAML parsing, as
 * its issue requires; the CLI and provider use Jackson for everything else.
 */
public final class Json {
  private final String text;
  private int at;

  private Json(String text) {
    this.text = text;
  }

  /** The value as plain Java (Map, List, String, Double, Boolean, null); empty when invalid. */
  public static Optional<Object> parse(String text) {
    try {
      Json reader = new Json(text);
      reader.space();
      Object value = reader.value(0);
      reader.space();
      if (reader.at != text.length()) {
        return Optional.empty();
      }
      return Optional.of(value == null ? NULL : value);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  /** Marker for a top-level JSON {@code null}, since Optional cannot hold null. */
  public static final Object NULL = new Object();

  /**
   * What Go's {@code json.Unmarshal} into {@code []string} yields: null → empty list; null items →
   * "" (Go leaves the zero value); any non-string item or bad JSON → empty Optional.
   */
  public static Optional<List<String>> stringList(String text) {
    Optional<Object> parsed = parse(text);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    if (parsed.get() == NULL) {
      return Optional.of(List.of());
    }
    if (!(parsed.get() instanceof List<?> list)) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>(list.size());
    for (Object item : list) {
      if (item == null) {
        out.add("");
      } else if (item instanceof String s) {
        out.add(s);
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(out);
  }

  /** Like {@link #stringList} for Go's {@code []float64}; out-of-range numbers are errors. */
  public static Optional<double[]> numberList(String text) {
    Optional<Object> parsed = parse(text);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    if (parsed.get() == NULL) {
      return Optional.of(new double[0]);
    }
    if (!(parsed.get() instanceof List<?> list)) {
      return Optional.empty();
    }
    double[] out = new double[list.size()];
    for (int i = 0; i < out.length; i++) {
      Object item = list.get(i);
      if (item == null) {
        out[i] = 0;
      } else if (item instanceof Double d && !d.isInfinite()) {
        out[i] = d;
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(out);
  }

  /** Compact JSON for plain Java values (maps, lists, strings, numbers, booleans, null). */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null || value == NULL) {
      out.append("null");
    } else if (value instanceof String s) {
      quote(s, out);
    } else if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      out.append(d.longValue());
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        quote(String.valueOf(e.getKey()), out);
        out.append(':');
        write(e.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else {
      quote(String.valueOf(value), out);
    }
  }

  private static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private Object value(int depth) {
    if (depth > 64) {
      throw new IllegalArgumentException("too deep");
    }
    char c = text.charAt(at);
    return switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> string();
      case 't' -> literal("true", true);
      case 'f' -> literal("false", false);
      case 'n' -> literal("null", null);
      default -> number();
    };
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> out = new LinkedHashMap<>();
    at++;
    space();
    if (text.charAt(at) == '}') {
      at++;
      return out;
    }
    while (true) {
      space();
      if (text.charAt(at) != '"') {
        throw new IllegalArgumentException("key");
      }
      String key = string();
      space();
      expect(':');
      space();
      out.put(key, value(depth + 1));
      space();
      if (text.charAt(at) == ',') {
        at++;
        continue;
      }
      expect('}');
      return out;
    }
  }

  private List<Object> array(int depth) {
    List<Object> out = new ArrayList<>();
    at++;
    space();
    if (text.charAt(at) == ']') {
      at++;
      return out;
    }
    while (true) {
      space();
      out.add(value(depth + 1));
      space();
      if (text.charAt(at) == ',') {
        at++;
        continue;
      }
      expect(']');
      return out;
    }
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw new IllegalArgumentException("control character");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = text.charAt(at++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
        }
        default -> throw new IllegalArgumentException("escape");
      }
    }
  }

  private Double number() {
    int start = at;
    if (text.charAt(at) == '-') {
      at++;
    }
    if (text.charAt(at) == '0') {
      at++;
    } else {
      digits();
    }
    if (at < text.length() && text.charAt(at) == '.') {
      at++;
      digits();
    }
    if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
      at++;
      if (text.charAt(at) == '+' || text.charAt(at) == '-') {
        at++;
      }
      digits();
    }
    return Double.parseDouble(text.substring(start, at));
  }

  private void digits() {
    int start = at;
    while (at < text.length() && Character.isDigit(text.charAt(at)) && text.charAt(at) < 128) {
      at++;
    }
    if (at == start) {
      throw new IllegalArgumentException("digits");
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw new IllegalArgumentException(word);
    }
    at += word.length();
    return value;
  }

  private void expect(char c) {
    if (text.charAt(at) != c) {
      throw new IllegalArgumentException("expected " + c);
    }
    at++;
  }

  private void space() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      at++;
    }
  }
}
