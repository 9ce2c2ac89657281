package dev.tollgate.flags.flipper;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The few Ruby behaviours Flipper's expressions rely on, over plain Java values: {@code nil} is
 * null, Integer is {@link Long}, Float is {@link Double}, String, true/false are {@link Boolean},
 * and Time is {@link RubyTime}. Conversions follow Ruby's {@code to_s}, {@code to_i}, {@code to_f}
 * and {@code ==}/{@code <=>}; a Ruby exception is a {@link RubyError}.
 */
final class RubyValues {
  private static final DateTimeFormatter TIME_TEXT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private RubyValues() {}

  /** A Ruby Time: an instant and the offset it is shown in ({@code utc} when zone is UTC). */
  record RubyTime(Instant instant, ZoneOffset offset, boolean utc) {}

  /** A Ruby exception Flipper does not rescue: {@code enabled?} raises it to the caller. */
  static final class RubyError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean located;

    RubyError(String message) {
      this(message, false);
    }

    private RubyError(String message, boolean located) {
      super(message, null, false, false);
      this.located = located;
    }

    /** The same error naming the innermost expression that raised it (kept once set). */
    RubyError at(String path) {
      return located ? this : new RubyError(getMessage() + " at " + path, true);
    }
  }

  /** Ruby truthiness: everything but nil and false. */
  static boolean truthy(Object value) {
    return value != null && !Boolean.FALSE.equals(value);
  }

  /** The Ruby class name, for messages. */
  static String className(Object value) {
    if (value == null) {
      return "NilClass";
    }
    if (value instanceof Boolean b) {
      return b ? "TrueClass" : "FalseClass";
    }
    if (value instanceof Long) {
      return "Integer";
    }
    if (value instanceof Double) {
      return "Float";
    }
    if (value instanceof RubyTime) {
      return "Time";
    }
    return "String";
  }

  /** Ruby {@code inspect}, for messages. */
  static String inspect(Object value) {
    return value == null ? "nil" : value instanceof String s ? '"' + s + '"' : toS(value);
  }

  /** Ruby {@code to_s}. */
  static String toS(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return floatToS(d);
    }
    if (value instanceof RubyTime t) {
      String local = TIME_TEXT.format(t.instant().atOffset(t.offset()));
      return local + (t.utc() ? " UTC" : " " + offsetText(t.offset()));
    }
    return value.toString();
  }

  /** {@code %z}: +hhmm. */
  private static String offsetText(ZoneOffset offset) {
    int total = offset.getTotalSeconds();
    int minutes = Math.abs(total) / 60;
    return (total < 0 ? "-" : "+") + pad2(minutes / 60) + pad2(minutes % 60);
  }

  /** Ruby {@code Float#to_s}: shortest digits, plain between 1e-4 and 1e16, else 1.0e+16. */
  static String floatToS(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    if (d == 0) {
      return 1 / d < 0 ? "-0.0" : "0.0";
    }
    BigDecimal exact = new BigDecimal(Double.toString(d)); // shortest round-trip digits
    double abs = Math.abs(d);
    if (abs >= 1e-4 && abs < 1e16) {
      String plain = exact.toPlainString();
      return plain.contains(".") ? stripZeros(plain) : plain + ".0";
    }
    BigDecimal unscaled = exact.stripTrailingZeros();
    int exponent = unscaled.precision() - unscaled.scale() - 1;
    String digits = unscaled.unscaledValue().abs().toString();
    String mantissa = digits.charAt(0) + "." + (digits.length() > 1 ? digits.substring(1) : "0");
    String sign = d < 0 ? "-" : "";
    return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + pad2(Math.abs(exponent));
  }

  private static String stripZeros(String plain) {
    String s = plain.replaceAll("0+$", "");
    return s.endsWith(".") ? s + "0" : s;
  }

  private static String pad2(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /** Ruby {@code String#to_i}: leading blanks, a sign, digits with single underscores; else 0. */
  static Object stringToI(String s) {
    int i = skipBlanks(s, 0);
    int start = i;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int end = digits(s, i);
    if (end == i) {
      return 0L;
    }
    String text = s.substring(start, end).replace("_", "");
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return Double.parseDouble(text); // beyond 64 bits Ruby has a Bignum; a Float is the nearest
    }
  }

  /**
   * Ruby {@code String#to_f}: the longest decimal prefix (digits, fraction, exponent); else 0.0.
   */
  static double stringToF(String s) {
    int i = skipBlanks(s, 0);
    int start = i;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int intEnd = digits(s, i);
    int end = intEnd;
    if (end < s.length() && s.charAt(end) == '.') {
      int fracEnd = digits(s, end + 1);
      if (fracEnd > end + 1) {
        end = fracEnd;
      }
    }
    if (end == i) {
      return 0.0;
    }
    if (end < s.length() && (s.charAt(end) == 'e' || s.charAt(end) == 'E')) {
      int e = end + 1;
      if (e < s.length() && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
        e++;
      }
      int expEnd = digits(s, e);
      if (expEnd > e) {
        end = expEnd;
      }
    }
    return Double.parseDouble(s.substring(start, end).replace("_", ""));
  }

  private static int skipBlanks(String s, int from) {
    int i = from;
    while (i < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /** End of a run of digits where each underscore sits between two digits. */
  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        i++;
      } else if (c == '_' && i > from && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** {@code to_f} of any value, as Ruby: nil → 0.0, Time → epoch seconds, true/false raise. */
  static double toF(Object value) {
    if (value == null) {
      return 0.0;
    }
    if (value instanceof Long l) {
      return l;
    }
    if (value instanceof Double d) {
      return d;
    }
    if (value instanceof String s) {
      return stringToF(s);
    }
    if (value instanceof RubyTime t) {
      // Ruby's Time#to_f: whole seconds plus the fraction of the second
      @SuppressWarnings("JavaInstantGetSecondsGetNano")
      double seconds = t.instant().getEpochSecond() + t.instant().getNano() / 1e9;
      return seconds;
    }
    throw new RubyError("undefined method `to_f' for " + inspect(value) + " (NoMethodError)");
  }

  /** Ruby {@code ==}: numbers by value across Integer/Float, Time by instant, else same value. */
  static boolean rubyEquals(Object a, Object b) {
    if (isNumber(a) && isNumber(b)) {
      return compareNumbers(a, b) == 0;
    }
    if (a instanceof RubyTime x && b instanceof RubyTime y) {
      return x.instant().equals(y.instant());
    }
    return a == null ? b == null : a.equals(b);
  }

  static boolean isNumber(Object value) {
    return value instanceof Long || value instanceof Double;
  }

  /**
   * Exact comparison of two Ruby numbers (Integer vs Float without rounding); {@code 2} when a NaN
   * makes them unordered, where Ruby's {@code <}, {@code ==}, {@code >} are all false.
   */
  static int compareNumbers(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return Long.compare(x, y);
    }
    double da = a instanceof Long l ? l : (Double) a;
    double db = b instanceof Long l ? l : (Double) b;
    if (Double.isNaN(da) || Double.isNaN(db)) {
      return 2;
    }
    if (Double.isInfinite(da) || Double.isInfinite(db)) {
      return Double.compare(da, db) == 0 ? 0 : da < db ? -1 : 1;
    }
    BigDecimal x = a instanceof Long l ? BigDecimal.valueOf(l) : new BigDecimal(da);
    BigDecimal y = b instanceof Long l ? BigDecimal.valueOf(l) : new BigDecimal(db);
    return Integer.signum(x.compareTo(y));
  }

  /** Ruby {@code String#<=>}: byte order of UTF-8, which is code point order. */
  static int compareStrings(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
