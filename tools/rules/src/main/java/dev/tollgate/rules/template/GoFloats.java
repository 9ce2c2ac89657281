package dev.tollgate.rules.template;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Go's {@code strconv.FormatFloat} for the formats promtool output and alert templates use ('e',
 * 'E', 'f', 'g', shortest or fixed precision). Java's own formatting differs in exponent style,
 * shortest digits and rounding, and template outputs are compared byte for byte.
 */
public final class GoFloats {
  private GoFloats() {}

  /** Decimal digits of |v| without leading/trailing zeros; value = 0.digits × 10^dp. */
  private record Digits(String digits, int dp) {
    int nd() {
      return digits.length();
    }

    char at(int i) {
      return i >= 0 && i < digits.length() ? digits.charAt(i) : '0';
    }

    static Digits of(BigDecimal exact) {
      if (exact.signum() == 0) {
        return new Digits("", 0);
      }
      BigDecimal stripped = exact.stripTrailingZeros();
      String unscaled = stripped.unscaledValue().abs().toString();
      return new Digits(unscaled, stripped.precision() - stripped.scale());
    }
  }

  /** {@code strconv.FormatFloat(v, fmt, prec, 64)}; prec < 0 means shortest round-trip. */
  public static String format(double v, char fmt, int prec) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "+Inf" : "-Inf";
    }
    boolean neg = v < 0 || (v == 0 && 1 / v < 0);
    BigDecimal exact = new BigDecimal(Math.abs(v));
    boolean shortest = prec < 0;
    char lower = Character.toLowerCase(fmt);
    Digits digs;
    if (shortest) {
      digs = shortestDigits(Math.abs(v), exact);
      prec =
          switch (lower) {
            case 'e' -> digs.nd() - 1;
            case 'f' -> Math.max(digs.nd() - digs.dp(), 0);
            default -> digs.nd();
          };
    } else if (lower == 'f') {
      digs = Digits.of(exact.setScale(prec, RoundingMode.HALF_EVEN));
    } else {
      if (lower == 'g' && prec == 0) {
        prec = 1;
      }
      int significant = lower == 'e' ? prec + 1 : prec;
      digs = Digits.of(exact.round(new MathContext(significant, RoundingMode.HALF_EVEN)));
    }
    StringBuilder out = new StringBuilder();
    if (neg) {
      out.append('-');
    }
    switch (lower) {
      case 'e' -> fmtE(out, digs, prec, fmt);
      case 'f' -> fmtF(out, digs, prec);
      default -> {
        int eprec = prec;
        if (eprec > digs.nd() && digs.nd() >= digs.dp()) {
          eprec = digs.nd();
        }
        if (shortest) {
          eprec = 6;
        }
        int exp = digs.dp() - 1;
        if (exp < -4 || exp >= eprec) {
          if (prec > digs.nd()) {
            prec = digs.nd();
          }
          fmtE(out, digs, prec - 1, fmt == 'G' ? 'E' : 'e');
        } else {
          if (prec > digs.dp()) {
            prec = digs.nd();
          }
          fmtF(out, digs, Math.max(prec - digs.dp(), 0));
        }
      }
    }
    return out.toString();
  }

  /** {@code %v} / {@code FormatFloat(v, 'g', -1, 64)}. */
  public static String formatG(double v) {
    return format(v, 'g', -1);
  }

  /** promtool's sample printing: {@code FormatFloat(v, 'E', -1, 64)}. */
  public static String formatE(double v) {
    return format(v, 'E', -1);
  }

  /**
   * The shortest digit string that reads back as {@code v}; among equally short ones the nearest,
   * as Go's Ryu-based shortest formatting chooses.
   */
  private static Digits shortestDigits(double v, BigDecimal exact) {
    if (v == 0) {
      return new Digits("", 0);
    }
    for (int p = 1; p < 17; p++) {
      BigDecimal candidate = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (Double.parseDouble(candidate.toString()) == v) {
        return Digits.of(candidate);
      }
    }
    return Digits.of(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
  }

  private static void fmtE(StringBuilder out, Digits d, int prec, char fmt) {
    out.append(d.nd() == 0 ? '0' : d.at(0));
    if (prec > 0) {
      out.append('.');
      for (int i = 1; i <= prec; i++) {
        out.append(d.at(i));
      }
    }
    out.append(fmt == 'E' || fmt == 'G' ? 'E' : 'e');
    int exp = d.nd() == 0 ? 0 : d.dp() - 1;
    out.append(exp < 0 ? '-' : '+');
    int abs = Math.abs(exp);
    if (abs < 10) {
      out.append('0');
    }
    out.append(abs);
  }

  private static void fmtF(StringBuilder out, Digits d, int prec) {
    if (d.dp() > 0) {
      for (int i = 0; i < d.dp(); i++) {
        out.append(d.at(i));
      }
    } else {
      out.append('0');
    }
    if (prec > 0) {
      out.append('.');
      for (int i = 1; i <= prec; i++) {
        out.append(d.at(d.dp() + i - 1));
      }
    }
  }
}
