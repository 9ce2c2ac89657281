package dev.tollgate.expr;

import java.math.BigDecimal;
import java.util.Map;

/** Go's text forms: {@code strconv.Quote}, {@code ParseFloat} and {@code fmt.Sprint}. */
final class GoText {
  private GoText() {}

  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** strconv.ParseFloat(s, 64), including Go's spellings of infinity and NaN. */
  static double parseFloat(String s) {
    String t = s.toLowerCase(java.util.Locale.ROOT);
    switch (t) {
      case "nan" -> {
        return Double.NaN;
      }
      case "inf", "+inf", "infinity", "+infinity" -> {
        return Double.POSITIVE_INFINITY;
      }
      case "-inf", "-infinity" -> {
        return Double.NEGATIVE_INFINITY;
      }
      default -> {}
    }
    if (!s.isEmpty()
        && s.matches("[+-]?(\\d[\\d_]*\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|[+-]?0[xX].*")) {
      try {
        return Double.parseDouble(s.contains("x") || s.contains("X") ? s + "p0" : s);
      } catch (NumberFormatException e) {
        // fall through to Go's message
      }
    }
    throw new IllegalArgumentException(
        "strconv.ParseFloat: parsing " + quote(s) + ": invalid syntax");
  }

  /** fmt.Sprint of a run-time value. */
  static String format(Object v) {
    if (v == null) {
      return "<nil>";
    }
    if (v instanceof Double d) {
      return formatFloat(d);
    }
    if (v instanceof GoList list) {
      StringBuilder out = new StringBuilder("[");
      for (int i = 0; i < list.items().size(); i++) {
        out.append(i == 0 ? "" : " ").append(format(list.items().get(i)));
      }
      return out.append(']').toString();
    }
    if (v instanceof Map<?, ?> map) {
      StringBuilder out = new StringBuilder("map[");
      boolean first = true;
      for (Map.Entry<?, ?> e : new java.util.TreeMap<>(map).entrySet()) {
        out.append(first ? "" : " ").append(e.getKey()).append(':').append(format(e.getValue()));
        first = false;
      }
      return out.append(']').toString();
    }
    return String.valueOf(v);
  }

  /** Go's %v for float64: shortest repr, exponent form for large/small magnitudes. */
  static String formatFloat(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "+Inf" : "-Inf";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0" : "0";
    }
    BigDecimal shortest = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    int exponent = shortest.precision() - shortest.scale() - 1;
    if (exponent < -4 || exponent >= 21) {
      String digits = shortest.unscaledValue().abs().toString();
      String mantissa =
          digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      String sign = d < 0 ? "-" : "";
      return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + pad(Math.abs(exponent));
    }
    return shortest.toPlainString();
  }

  private static String pad(int e) {
    return e < 10 ? "0" + e : String.valueOf(e);
  }
}
