package dev.tollgate.rules.template;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Prometheus's {@code humanize*} template functions (template/template.go), digit for digit. */
public final class Humanize {
  private Humanize() {}

  private static final String[] BIG = {"k", "M", "G", "T", "P", "E", "Z", "Y"};
  private static final String[] SMALL = {"m", "u", "n", "p", "f", "a", "z", "y"};
  private static final String[] BINARY = {"ki", "Mi", "Gi", "Ti", "Pi", "Ei", "Zi", "Yi"};

  private static String g4(double v) {
    return GoFloats.format(v, 'g', 4);
  }

  public static String humanize(double v) {
    if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
      return g4(v);
    }
    String prefix = "";
    if (Math.abs(v) >= 1) {
      for (String p : BIG) {
        if (Math.abs(v) < 1000) {
          break;
        }
        prefix = p;
        v /= 1000;
      }
      return g4(v) + prefix;
    }
    for (String p : SMALL) {
      if (Math.abs(v) >= 1) {
        break;
      }
      prefix = p;
      v *= 1000;
    }
    return g4(v) + prefix;
  }

  public static String humanize1024(double v) {
    if (Math.abs(v) <= 1 || Double.isNaN(v) || Double.isInfinite(v)) {
      return g4(v);
    }
    String prefix = "";
    for (String p : BINARY) {
      if (Math.abs(v) < 1024) {
        break;
      }
      prefix = p;
      v /= 1024;
    }
    return g4(v) + prefix;
  }

  public static String humanizeDuration(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return g4(v);
    }
    if (v == 0) {
      return g4(v) + "s";
    }
    if (Math.abs(v) >= 1) {
      String sign = "";
      if (v < 0) {
        sign = "-";
        v = -v;
      }
      long duration = (long) v;
      long seconds = duration % 60;
      long minutes = (duration / 60) % 60;
      long hours = (duration / 60 / 60) % 24;
      long days = duration / 60 / 60 / 24;
      if (days != 0) {
        return sign + days + "d " + hours + "h " + minutes + "m " + seconds + "s";
      }
      if (hours != 0) {
        return sign + hours + "h " + minutes + "m " + seconds + "s";
      }
      if (minutes != 0) {
        return sign + minutes + "m " + seconds + "s";
      }
      return sign + g4(v) + "s";
    }
    String prefix = "";
    for (String p : SMALL) {
      if (Math.abs(v) >= 1) {
        break;
      }
      prefix = p;
      v *= 1000;
    }
    return g4(v) + prefix + "s";
  }

  public static String humanizePercentage(double v) {
    return g4(v * 100) + "%";
  }

  /** Go's {@code time.Time.String()} of the UTC time {@code v} seconds after the epoch. */
  public static String humanizeTimestamp(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return g4(v);
    }
    // model.TimeFromUnixNano keeps milliseconds only (integer division truncates toward zero)
    long millis = goFloatToInt64(v * 1e9) / 1_000_000L;
    Instant t = Instant.ofEpochMilli(millis);
    String base =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC).format(t);
    // the nanosecond-of-second Instant.getNano() would give (floor modulo, also before 1970)
    int nano = (int) Math.floorMod(millis, 1000L) * 1_000_000;
    String fraction = "";
    if (nano != 0) {
      fraction = String.format(".%09d", nano).replaceAll("0+$", "");
    }
    return base + fraction + " +0000 UTC";
  }

  /** Go's float64 → int64 conversion on amd64: out-of-range values become MinInt64. */
  private static long goFloatToInt64(double v) {
    if (Double.isNaN(v) || v >= 0x1p63 || v < -0x1p63) {
      return Long.MIN_VALUE;
    }
    return (long) v;
  }
}
