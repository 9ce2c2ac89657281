package dev.tollgate.analysis;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go's {@code time.ParseDuration}, which Argo uses for {@code interval}, {@code initialDelay} and
 * pause durations. It differs from Prometheus durations: fractions ({@code 1.5h}) and sub-second
 * units are allowed, {@code d}/{@code w}/{@code y} are not.
 */
public final class GoDuration {
  private static final Pattern NUMBER = Pattern.compile("[0-9]*(?:\\.[0-9]*)?");
  private static final Map<String, Long> NANOS_PER_UNIT =
      Map.of(
          "ns", 1L,
          "us", 1_000L,
          "µs", 1_000L,
          "μs", 1_000L,
          "ms", 1_000_000L,
          "s", 1_000_000_000L,
          "m", 60_000_000_000L,
          "h", 3_600_000_000_000L);

  private GoDuration() {}

  /**
   * Milliseconds (nanoseconds truncated).
   *
   * @throws IllegalArgumentException with Go's wording when the text is not a duration
   */
  public static long parseMillis(String text) {
    String s = text.trim();
    boolean negative = false;
    if (s.startsWith("-") || s.startsWith("+")) {
      negative = s.startsWith("-");
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return 0;
    }
    if (s.isEmpty()) {
      throw invalid(text);
    }
    Matcher number = NUMBER.matcher(s);
    BigDecimal nanos = BigDecimal.ZERO;
    int at = 0;
    while (at < s.length()) {
      if (!number.find(at)
          || number.start() != at
          || number.group().equals(".")
          || number.group().isEmpty()) {
        throw invalid(text);
      }
      int unitStart = number.end();
      int unitEnd = unitStart;
      while (unitEnd < s.length()
          && s.charAt(unitEnd) != '.'
          && !Character.isDigit(s.charAt(unitEnd))) {
        unitEnd++;
      }
      String unit = s.substring(unitStart, unitEnd);
      if (unit.isEmpty()) {
        throw new IllegalArgumentException("time: missing unit in duration \"" + text + "\"");
      }
      Long perUnit = NANOS_PER_UNIT.get(unit);
      if (perUnit == null) {
        throw new IllegalArgumentException(
            "time: unknown unit \"" + unit + "\" in duration \"" + text + "\"");
      }
      nanos = nanos.add(new BigDecimal(number.group()).multiply(BigDecimal.valueOf(perUnit)));
      at = unitEnd;
    }
    long millis = nanos.movePointLeft(6).longValue();
    return negative ? -millis : millis;
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException("time: invalid duration \"" + text + "\"");
  }

  /** Renders milliseconds compactly for timelines: {@code 0s}, {@code 90s} → {@code 1m30s}. */
  public static String format(long millis) {
    if (millis == 0) {
      return "0s";
    }
    StringBuilder out = new StringBuilder();
    long rest = Math.abs(millis);
    if (millis < 0) {
      out.append('-');
    }
    long hours = rest / 3_600_000;
    rest %= 3_600_000;
    long minutes = rest / 60_000;
    rest %= 60_000;
    long seconds = rest / 1000;
    long ms = rest % 1000;
    if (hours > 0) {
      out.append(hours).append('h');
    }
    if (minutes > 0) {
      out.append(minutes).append('m');
    }
    if (seconds > 0) {
      out.append(seconds).append('s');
    }
    if (ms > 0) {
      out.append(ms).append("ms");
    }
    return out.toString();
  }
}
