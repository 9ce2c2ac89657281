package dev.tollgate.promql.parser;

import dev.tollgate.promql.GoStrings;
import dev.tollgate.promql.PromDuration;
import dev.tollgate.promql.PromQLParseException;
import dev.tollgate.promql.parser.Token.Kind;
import java.util.Locale;
import java.util.Set;

/**
 * Constant duration arithmetic in ranges, subquery steps and parenthesised offsets ({@code
 * [26m+4m]}, {@code [1h/2]}, {@code offset (100 + 2)}): numbers are seconds, operators and
 * precedence as in PromQL. The query-dependent functions step(), range(), min_of() and max_of() are
 * not implemented and are reported as an unsupported experimental feature.
 */
final class DurationArithmetic {
  private static final Set<String> FUNCTIONS =
      Set.of("step", "range", "min_of", "max_of", "start", "end");
  private final Parser p;

  DurationArithmetic(Parser p) {
    this.p = p;
  }

  /** Parses one duration expression and returns whole milliseconds. */
  long millis(String context) throws PromQLParseException {
    Token first = p.peek();
    double seconds = expr(0, context);
    if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
      throw p.error(first, "duration must be finite");
    }
    return Math.round(seconds * 1000);
  }

  private static int precedence(Token t) {
    if (t.kind() != Kind.OPERATOR) {
      return -1;
    }
    return switch (t.text()) {
      case "+", "-" -> 4;
      case "*", "/", "%" -> 5;
      case "^" -> 6;
      default -> -1;
    };
  }

  private double expr(int minPrecedence, String context) throws PromQLParseException {
    double lhs = unary(context);
    while (true) {
      Token op = p.peek();
      int prec = precedence(op);
      if (prec < 0 || prec < minPrecedence) {
        return lhs;
      }
      p.next();
      double rhs = expr(op.text().equals("^") ? prec : prec + 1, context);
      lhs =
          switch (op.text()) {
            case "+" -> lhs + rhs;
            case "-" -> lhs - rhs;
            case "*" -> lhs * rhs;
            case "/" -> lhs / rhs;
            case "%" -> lhs % rhs;
            default -> Math.pow(lhs, rhs);
          };
    }
  }

  private double unary(String context) throws PromQLParseException {
    Token t = p.peek();
    if (t.kind() == Kind.OPERATOR && (t.text().equals("-") || t.text().equals("+"))) {
      p.next();
      double v = expr(6, context);
      return t.text().equals("-") ? -v : v;
    }
    return primary(context);
  }

  private double primary(String context) throws PromQLParseException {
    Token t = p.next();
    switch (t.kind()) {
      case NUMBER -> {
        return p.parseNumber(t);
      }
      case DURATION -> {
        try {
          return PromDuration.parseMillis(t.text()) / 1000.0;
        } catch (IllegalArgumentException e) {
          throw p.error(t, e.getMessage());
        }
      }
      case LEFT_PAREN -> {
        double v = expr(0, context);
        p.expect(Kind.RIGHT_PAREN, "in duration expression, expected \")\"");
        return v;
      }
      case IDENTIFIER -> {
        if (FUNCTIONS.contains(t.text().toLowerCase(Locale.ROOT))) {
          throw new UnsupportedFeatureException(
              "experimental duration functions (step(), range(), min_of(), max_of())",
              p.query(),
              t.pos(),
              t.end());
        }
        throw p.error(t, "unexpected identifier " + GoStrings.quote(t.text()) + " " + context);
      }
      default -> throw p.error(t, "unexpected " + t.describe() + " " + context);
    }
  }
}
