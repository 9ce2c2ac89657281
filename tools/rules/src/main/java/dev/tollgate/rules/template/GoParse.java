package dev.tollgate.rules.template;

import java.util.Locale;
import java.util.regex.Pattern;

/** Go's {@code strconv.ParseFloat(s, 64)} for decimal input, with Go's error text. */
final class GoParse {
  private GoParse() {}

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(_\\d+)*\\.?\\d*([eE][+-]?\\d+)?|\\.\\d+([eE][+-]?\\d+)?)");

  static double parseFloat(String s) throws TemplateFunctions.FnError {
    String lower = s.toLowerCase(Locale.ROOT);
    String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
    boolean negative = lower.startsWith("-");
    if (unsigned.equals("inf") || unsigned.equals("infinity")) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (unsigned.equals("nan") && !lower.startsWith("+") && !negative) {
      return Double.NaN;
    }
    if (DECIMAL.matcher(s).matches() && !s.contains("_")) {
      double v = Double.parseDouble(s);
      if (Double.isInfinite(v)) {
        throw new TemplateFunctions.FnError(
            "strconv.ParseFloat: parsing "
                + dev.tollgate.promql.GoStrings.quote(s)
                + ": value out of range");
      }
      return v;
    }
    throw new TemplateFunctions.FnError(
        "strconv.ParseFloat: parsing "
            + dev.tollgate.promql.GoStrings.quote(s)
            + ": invalid syntax");
  }
}
