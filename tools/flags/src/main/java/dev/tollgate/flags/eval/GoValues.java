package dev.tollgate.flags.eval;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Go standard-library parsers Flipt's server uses on constraint values ({@code
 * strings.TrimSpace}, {@code strconv.ParseFloat}, {@code strconv.ParseBool}, {@code
 * time.Parse(RFC3339)}), reproduced so that the same text parses (or fails) here exactly as on the
 * server.
 */
public final class GoValues {
  /** Returned by {@link #parseFloat} for text Go rejects; a NaN with a payload Java never makes. */
  public static final double INVALID = Double.longBitsToDouble(0x7ff0_0000_0000_0badL);

  private static final Pattern RFC3339 =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?(Z|([+-])(\\d{2}):(\\d{2}))");
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private GoValues() {}

  public static boolean isInvalid(double value) {
    return Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(INVALID);
  }

  /** Go's {@code unicode.IsSpace}. */
  public static boolean isSpace(char c) {
    return switch (c) {
      case '\t',
          '\n',
          '\u000B',
          '\f',
          '\r',
          ' ',
          '\u0085',
          '\u00A0',
          '\u1680',
          '\u2028',
          '\u2029',
          '\u202F',
          '\u205F',
          '\u3000' ->
          true;
      default -> c >= '\u2000' && c <= '\u200A';
    };
  }

  /** Index of the first non-space char (Go {@code TrimSpace} start). */
  public static int trimStart(String s) {
    int i = 0;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Index after the last non-space char (Go {@code TrimSpace} end). */
  public static int trimEnd(String s) {
    int j = s.length();
    while (j > 0 && isSpace(s.charAt(j - 1))) {
      j--;
    }
    return j;
  }

  public static boolean isBlank(String s) {
    return trimStart(s) == s.length();
  }

  /** Go {@code strconv.ParseBool}: 1 for true, 0 for false, -1 for an error. */
  public static int parseBool(String s) {
    return switch (s) {
      case "1", "t", "T", "TRUE", "true", "True" -> 1;
      case "0", "f", "F", "FALSE", "false", "False" -> 0;
      default -> -1;
    };
  }

  /**
   * Go {@code strconv.ParseFloat(s, 64)}; {@link #INVALID} on a syntax or range error. Plain
   * integers of up to 15 digits are converted without allocating (they are exact in a double).
   */
  public static double parseFloat(String s) {
    int n = s.length();
    if (n == 0) {
      return INVALID;
    }
    int i = 0;
    boolean negative = false;
    char first = s.charAt(0);
    if (first == '+' || first == '-') {
      negative = first == '-';
      i = 1;
    }
    if (i < n && n - i <= 15) {
      long acc = 0;
      int j = i;
      while (j < n) {
        char c = s.charAt(j);
        if (c < '0' || c > '9') {
          break;
        }
        acc = acc * 10 + (c - '0');
        j++;
      }
      if (j == n) {
        return negative ? -(double) acc : (double) acc;
      }
    }
    return parseGeneralFloat(s, i, negative);
  }

  private static double parseGeneralFloat(String s, int signEnd, boolean negative) {
    String body = s.substring(signEnd);
    String lower = body.toLowerCase(java.util.Locale.ROOT);
    if (lower.equals("inf") || lower.equals("infinity")) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (lower.equals("nan")) {
      return signEnd == 0 ? Double.NaN : INVALID;
    }
    boolean decimal = lower.matches("(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?");
    boolean hex = lower.matches("0x(_?[0-9a-f])*\\.?(_?[0-9a-f])*p[+-]?\\d+") && lower.length() > 3;
    if (!decimal && !hex) {
      return INVALID;
    }
    double value;
    try {
      value = Double.parseDouble((negative ? "-" : "") + (hex ? body.replace("_", "") : body));
    } catch (NumberFormatException e) {
      return INVALID;
    }
    return Double.isInfinite(value) ? INVALID : value;
  }

  /**
   * Flipt's datetime parse: RFC 3339 first (fractional seconds allowed), then {@code YYYY-MM-DD} at
   * midnight UTC; null when neither parses.
   */
  public static Instant parseDateTime(String s) {
    Matcher m = RFC3339.matcher(s);
    try {
      if (m.matches()) {
        int nanos = 0;
        if (m.group(7) != null) {
          String fraction = (m.group(7).substring(1) + "000000000").substring(0, 9);
          nanos = Integer.parseInt(fraction);
        }
        int offsetSeconds = 0;
        if (m.group(9) != null) {
          int hours = Integer.parseInt(m.group(10));
          int minutes = Integer.parseInt(m.group(11));
          if (hours >= 24 || minutes >= 60) {
            return null;
          }
          offsetSeconds = (hours * 3600 + minutes * 60) * (m.group(9).equals("-") ? -1 : 1);
        }
        LocalDateTime local =
            LocalDateTime.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)),
                Integer.parseInt(m.group(6)),
                nanos);
        return local.toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
      }
      Matcher d = DATE.matcher(s);
      if (d.matches()) {
        return LocalDate.of(
                Integer.parseInt(d.group(1)),
                Integer.parseInt(d.group(2)),
                Integer.parseInt(d.group(3)))
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant();
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }
}
