package dev.tollgate.rules.template;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How template values print and test as conditions, following Go's {@code fmt} {@code %v} and
 * text/template truthiness. Values are String, Double (float64), Long (int), Boolean, null, label
 * maps ({@code Map<String,String>}), query results ({@code List<QuerySample>}) and samples.
 */
public final class TemplateValues {
  private TemplateValues() {}

  /** One element of a {@code query} result: Go's {@code *sample{Labels, Value}}. */
  public record QuerySample(Map<String, String> labels, double value) {}

  public static String print(Object value) {
    if (value == null) {
      return "<no value>";
    }
    if (value instanceof Double d) {
      return GoFloats.formatG(d);
    }
    if (value instanceof Map<?, ?> map) {
      StringBuilder sb = new StringBuilder("map[");
      boolean first = true;
      for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
        if (!first) {
          sb.append(' ');
        }
        first = false;
        sb.append(e.getKey()).append(':').append(printNested(e.getValue()));
      }
      return sb.append(']').toString();
    }
    if (value instanceof List<?> list) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(printNested(list.get(i)));
      }
      return sb.append(']').toString();
    }
    if (value instanceof QuerySample s) {
      return "{" + print(s.labels()) + " " + GoFloats.formatG(s.value()) + "}";
    }
    return value.toString();
  }

  private static String printNested(Object value) {
    if (value == null) {
      return "<nil>";
    }
    if (value instanceof QuerySample) {
      return "0x" + Integer.toHexString(System.identityHashCode(value));
    }
    return print(value);
  }

  /** Go template truth: false, 0, nil, and empty strings, maps and lists are false. */
  public static boolean truth(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Double d) {
      return d != 0;
    }
    if (value instanceof Long l) {
      return l != 0;
    }
    if (value instanceof String s) {
      return !s.isEmpty();
    }
    if (value instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    if (value instanceof List<?> l) {
      return !l.isEmpty();
    }
    return true;
  }
}
