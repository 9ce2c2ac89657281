package dev.tollgate.promql.parser;

import dev.tollgate.promql.PromQLParseException;
import dev.tollgate.promql.ast.At;
import dev.tollgate.promql.ast.Expr;
import dev.tollgate.promql.ast.MatrixSelector;
import dev.tollgate.promql.ast.SubqueryExpr;
import dev.tollgate.promql.ast.VectorSelector;
import dev.tollgate.promql.parser.Token.Kind;
import java.util.Locale;
import java.util.Set;

/**
 * What may follow a primary expression: range {@code [5m]}, subquery {@code [5m:1m]}, {@code
 * offset} and {@code @}, in any order Prometheus accepts.
 */
final class PostfixParser {
  private final Parser p;

  PostfixParser(Parser p) {
    this.p = p;
  }

  Expr parse(Expr base) throws PromQLParseException {
    Expr e = base;
    while (true) {
      Token t = p.peek();
      if (t.kind() == Kind.LEFT_BRACKET) {
        e = parseRangeOrSubquery(e);
      } else if (t.kind() == Kind.IDENTIFIER && Parser.lower(t).equals("offset")) {
        p.next();
        e = applyOffset(e, t);
      } else if (t.kind() == Kind.AT) {
        p.next();
        e = applyAt(e, t);
      } else if (t.kind() == Kind.IDENTIFIER
          && (Parser.lower(t).equals("anchored") || Parser.lower(t).equals("smoothed"))
          && (e instanceof MatrixSelector || e instanceof VectorSelector)) {
        throw new UnsupportedFeatureException(
            "experimental " + Parser.lower(t) + " range selector", p.query(), t.pos(), t.end());
      } else {
        return e;
      }
    }
  }

  /** A duration in a range, offset or step: {@code 5m}, or a number of seconds. */
  private long parseDurationToken(String context) throws PromQLParseException {
    Token t = p.next();
    if (t.kind() == Kind.DURATION) {
      try {
        return dev.tollgate.promql.PromDuration.parseMillis(t.text());
      } catch (IllegalArgumentException ex) {
        throw p.error(t, ex.getMessage());
      }
    }
    if (t.kind() == Kind.NUMBER) {
      double secs = p.parseNumber(t);
      if (Double.isNaN(secs) || Double.isInfinite(secs)) {
        throw p.error(t, "duration must be finite");
      }
      return Math.round(secs * 1000);
    }
    if (isDurationExprStart(t)) {
      throw new UnsupportedFeatureException(
          "experimental duration expressions", p.query(), t.pos(), t.end());
    }
    throw p.error(t, "unexpected " + t.describe() + " " + context);
  }

  private static boolean isDurationExprStart(Token t) {
    return t.kind() == Kind.LEFT_PAREN
        || (t.kind() == Kind.OPERATOR && (t.text().equals("-") || t.text().equals("+")))
        || (t.kind() == Kind.IDENTIFIER
            && Set.of("step", "range", "min_of", "max_of", "start", "end")
                .contains(t.text().toLowerCase(Locale.ROOT)));
  }

  private Expr parseRangeOrSubquery(Expr e) throws PromQLParseException {
    Token open = p.next();
    long range = new DurationArithmetic(p).millis("in range, expected duration");
    if (p.peek().kind() == Kind.COLON) {
      p.next();
      long step = 0;
      if (p.peek().kind() != Kind.RIGHT_BRACKET) {
        step = new DurationArithmetic(p).millis("in subquery, expected duration");
      }
      Token close = p.expect(Kind.RIGHT_BRACKET, "in subquery, expected \"]\"");
      if (range <= 0) {
        throw new PromQLParseException(
            p.query(), open.pos(), close.end(), "duration must be greater than 0");
      }
      if (e.type() != dev.tollgate.promql.ast.ValueType.VECTOR) {
        throw new PromQLParseException(
            p.query(),
            e.start(),
            close.end(),
            "subquery is only allowed on instant vector, got " + e.type().text() + " instead");
      }
      return new SubqueryExpr(e, range, step, 0, null, e.start(), close.end());
    }
    Token close = p.expect(Kind.RIGHT_BRACKET, "in range, expected \"]\"");
    if (!(e instanceof VectorSelector vs)) {
      throw new PromQLParseException(
          p.query(), e.start(), close.end(), "ranges only allowed for vector selectors");
    }
    if (vs.offsetMillis() != 0 || vs.at() != null) {
      throw new PromQLParseException(
          p.query(), e.start(), close.end(), "no offset modifiers allowed before range");
    }
    if (range <= 0) {
      throw new PromQLParseException(
          p.query(), open.pos(), close.end(), "duration must be greater than 0");
    }
    return new MatrixSelector(vs, range, e.start(), close.end());
  }

  private Expr applyOffset(Expr e, Token offsetToken) throws PromQLParseException {
    boolean negative = false;
    if (p.peek().kind() == Kind.OPERATOR
        && (p.peek().text().equals("-") || p.peek().text().equals("+"))) {
      negative = p.next().text().equals("-");
    }
    long off;
    if (p.peek().kind() == Kind.LEFT_PAREN) {
      // offset (expr): a parenthesised duration expression; without parentheses any following
      // operator applies to the selector, as in Prometheus.
      off = new DurationArithmetic(p).millis("in offset, expected duration");
    } else {
      off = parseDurationToken("in offset, expected duration");
    }
    if (negative) {
      off = -off;
    }
    int end = p.previousEnd();
    if (e instanceof VectorSelector vs) {
      if (vs.offsetMillis() != 0) {
        throw p.error(offsetToken, "offset may not be set multiple times");
      }
      return vs.withModifiers(off, vs.at(), end);
    }
    if (e instanceof MatrixSelector ms) {
      if (ms.selector().offsetMillis() != 0) {
        throw p.error(offsetToken, "offset may not be set multiple times");
      }
      return new MatrixSelector(
          ms.selector().withModifiers(off, ms.selector().at(), ms.selector().end()),
          ms.rangeMillis(),
          ms.start(),
          end);
    }
    if (e instanceof SubqueryExpr sq) {
      if (sq.offsetMillis() != 0) {
        throw p.error(offsetToken, "offset may not be set multiple times");
      }
      return sq.withModifiers(off, sq.at(), end);
    }
    throw new PromQLParseException(
        p.query(),
        e.start(),
        end,
        "offset modifier must be preceded by an instant vector selector or range vector selector or a subquery");
  }

  private Expr applyAt(Expr e, Token atToken) throws PromQLParseException {
    At at;
    Token t = p.peek();
    if (t.kind() == Kind.IDENTIFIER
        && (t.text().equals("start") || t.text().equals("end"))
        && p.peek(1).kind() == Kind.LEFT_PAREN
        && p.peek(2).kind() == Kind.RIGHT_PAREN) {
      p.next();
      p.next();
      p.next();
      at = new At(t.text().equals("start") ? At.Kind.START : At.Kind.END, 0);
    } else {
      boolean negative = false;
      if (t.kind() == Kind.OPERATOR && (t.text().equals("-") || t.text().equals("+"))) {
        negative = p.next().text().equals("-");
      }
      Token num = p.next();
      double secs;
      if (num.kind() == Kind.NUMBER) {
        secs = p.parseNumber(num);
      } else if (num.kind() == Kind.DURATION) {
        try {
          secs = dev.tollgate.promql.PromDuration.parseMillis(num.text()) / 1000.0;
        } catch (IllegalArgumentException ex) {
          throw p.error(num, ex.getMessage());
        }
      } else {
        throw p.error(num, "unexpected " + num.describe() + " in @, expected timestamp");
      }
      if (negative) {
        secs = -secs;
      }
      if (Double.isNaN(secs) || Double.isInfinite(secs) || Math.abs(secs * 1000) > 9.2e18) {
        throw p.error(
            num,
            "timestamp out of bounds for @ modifier: "
                + dev.tollgate.promql.GoStrings.formatG(secs));
      }
      at = At.of(Math.round(secs * 1000));
    }
    int end = p.previousEnd();
    if (e instanceof VectorSelector vs) {
      if (vs.at() != null) {
        throw p.error(atToken, "@ <timestamp> may not be set multiple times");
      }
      return vs.withModifiers(vs.offsetMillis(), at, end);
    }
    if (e instanceof MatrixSelector ms) {
      if (ms.selector().at() != null) {
        throw p.error(atToken, "@ <timestamp> may not be set multiple times");
      }
      return new MatrixSelector(
          ms.selector().withModifiers(ms.selector().offsetMillis(), at, ms.selector().end()),
          ms.rangeMillis(),
          ms.start(),
          end);
    }
    if (e instanceof SubqueryExpr sq) {
      if (sq.at() != null) {
        throw p.error(atToken, "@ <timestamp> may not be set multiple times");
      }
      return sq.withModifiers(sq.offsetMillis(), at, end);
    }
    throw new PromQLParseException(
        p.query(),
        e.start(),
        end,
        "@ modifier must be preceded by an instant vector selector or range vector selector or a subquery");
  }
}
