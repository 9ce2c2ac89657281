package dev.tollgate.lint.rules.argo;

import java.math.BigDecimal;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go's {@code time.ParseDuration} grammar, which Argo uses for {@code interval}, {@code
 * initialDelay} and pause durations: an optional sign, then one or more decimal numbers each with a
 * unit ns, us, µs, ms, s, m or h; a lone "0" is allowed. There is no {@code d}.
 */
public final class GoDuration {
  private GoDuration() {}

  private static final Pattern PART =
      Pattern.compile("([0-9]*(?:\\.[0-9]*)?)(ns|us|µs|μs|ms|s|m|h)");
  private static final Map<String, Double> SECONDS_PER_UNIT =
      Map.of(
          "ns", 1e-9, "us", 1e-6, "µs", 1e-6, "μs", 1e-6, "ms", 1e-3, "s", 1.0, "m", 60.0, "h",
          3600.0);

  /** Seconds, or empty when Go would reject the text. */
  public static OptionalDouble parseSeconds(String text) {
    String s = text;
    double sign = 1;
    if (s.startsWith("-") || s.startsWith("+")) {
      sign = s.startsWith("-") ? -1 : 1;
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return OptionalDouble.of(0);
    }
    if (s.isEmpty()) {
      return OptionalDouble.empty();
    }
    Matcher m = PART.matcher(s);
    int at = 0;
    double total = 0;
    while (at < s.length()) {
      if (!m.find(at) || m.start() != at) {
        return OptionalDouble.empty();
      }
      String number = m.group(1);
      if (number.isEmpty() || number.equals(".")) {
        return OptionalDouble.empty();
      }
      total += new BigDecimal(number).doubleValue() * SECONDS_PER_UNIT.get(m.group(2));
      at = m.end();
    }
    return OptionalDouble.of(sign * total);
  }
}
