package dev.tollgate.promql;

/** Prometheus's {@code model.ParseDuration} / {@code model.Duration.String()}. */
public final class PromDuration {
  private PromDuration() {}

  private static final String[] UNITS = {"y", "w", "d", "h", "m", "s", "ms"};
  private static final long[] MILLIS = {
    365L * 24 * 3600 * 1000,
    7L * 24 * 3600 * 1000,
    24L * 3600 * 1000,
    3600 * 1000L,
    60 * 1000L,
    1000L,
    1L
  };

  /**
   * Parses {@code 1h30m}, {@code 5m}, {@code 0}: units y w d h m s ms, each at most once, in
   * decreasing order.
   */
  public static long parseMillis(String s) {
    if (s.isEmpty()) {
      throw new IllegalArgumentException("empty duration string");
    }
    if (s.equals("0")) {
      return 0;
    }
    long total = 0;
    int pos = 0;
    int lastUnit = -1;
    while (pos < s.length()) {
      int start = pos;
      while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
        pos++;
      }
      if (pos == start) {
        throw invalid(s);
      }
      String digits = s.substring(start, pos);
      int unitStart = pos;
      while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
        pos++;
      }
      String unit = s.substring(unitStart, pos);
      // "ms" must be preferred over "m" followed by "s".
      int u = indexOf(unit);
      if (u < 0 && unit.startsWith("ms") && unit.length() > 2) {
        throw invalid(s);
      }
      if (u < 0 && unit.length() == 2 && unit.equals("ms")) {
        u = 6;
      }
      if (u < 0) {
        // units written together without digits between them, e.g. "1hm", are invalid.
        throw invalid(s);
      }
      if (u <= lastUnit) {
        throw invalid(s);
      }
      lastUnit = u;
      long n;
      try {
        n = Long.parseLong(digits);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "invalid value " + quote(digits) + " for duration " + quote(s));
      }
      try {
        total = Math.addExact(total, Math.multiplyExact(n, MILLIS[u]));
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("duration out of range");
      }
    }
    return total;
  }

  private static int indexOf(String unit) {
    for (int i = 0; i < UNITS.length; i++) {
      if (UNITS[i].equals(unit)) {
        return i;
      }
    }
    return -1;
  }

  private static IllegalArgumentException invalid(String s) {
    return new IllegalArgumentException("not a valid duration string: " + quote(s));
  }

  private static String quote(String s) {
    return GoStrings.quote(s);
  }

  /** Formats like {@code model.Duration.String()}: {@code 0s}, {@code 1h30m}, {@code 90d}. */
  public static String format(long millis) {
    if (millis == 0) {
      return "0s";
    }
    StringBuilder sb = new StringBuilder();
    long ms = millis;
    if (ms < 0) {
      sb.append('-');
      ms = -ms;
    }
    for (int i = 0; i < UNITS.length; i++) {
      boolean exact = i < 2;
      if (exact && ms % MILLIS[i] != 0) {
        continue;
      }
      long v = ms / MILLIS[i];
      if (v > 0) {
        sb.append(v).append(UNITS[i]);
        ms -= v * MILLIS[i];
      }
    }
    return sb.toString();
  }
}
