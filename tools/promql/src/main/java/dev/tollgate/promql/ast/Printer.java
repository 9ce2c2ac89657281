package dev.tollgate.promql.ast;

import dev.tollgate.promql.GoStrings;
import dev.tollgate.promql.PromDuration;
import java.util.stream.Collectors;

/** Renders an AST back to PromQL, close to Prometheus's {@code String()} output. */
public final class Printer {
  private Printer() {}

  public static String print(Expr e) {
    if (e instanceof NumberLiteral n) {
      return formatNumber(n.value());
    }
    if (e instanceof StringLiteral s) {
      return GoStrings.quote(s.value());
    }
    if (e instanceof VectorSelector v) {
      return selector(v) + modifiers(v.offsetMillis(), v.at());
    }
    if (e instanceof MatrixSelector m) {
      return selector(m.selector())
          + "["
          + PromDuration.format(m.rangeMillis())
          + "]"
          + modifiers(m.selector().offsetMillis(), m.selector().at());
    }
    if (e instanceof SubqueryExpr s) {
      return print(s.expr())
          + "["
          + PromDuration.format(s.rangeMillis())
          + ":"
          + (s.stepMillis() == 0 ? "" : PromDuration.format(s.stepMillis()))
          + "]"
          + modifiers(s.offsetMillis(), s.at());
    }
    if (e instanceof Call c) {
      return c.function().name()
          + "("
          + c.args().stream().map(Printer::print).collect(Collectors.joining(", "))
          + ")";
    }
    if (e instanceof AggregateExpr a) {
      return a.op()
          + (a.grouping().isEmpty() && !a.without()
              ? ""
              : " "
                  + (a.without() ? "without" : "by")
                  + " ("
                  + String.join(", ", a.grouping())
                  + ") ")
          + "("
          + (a.param() == null ? "" : print(a.param()) + ", ")
          + print(a.expr())
          + ")";
    }
    if (e instanceof BinaryExpr b) {
      return print(b.lhs())
          + " "
          + b.op().text()
          + (b.returnBool() ? " bool" : "")
          + matching(b.matching())
          + " "
          + print(b.rhs());
    }
    if (e instanceof UnaryExpr u) {
      return (u.negate() ? "-" : "+") + print(u.expr());
    }
    ParenExpr p = (ParenExpr) e;
    return "(" + print(p.expr()) + ")";
  }

  private static String matching(VectorMatching m) {
    if (m == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    if (m.on() || !m.matchingLabels().isEmpty()) {
      sb.append(m.on() ? " on" : " ignoring")
          .append(" (")
          .append(String.join(", ", m.matchingLabels()))
          .append(")");
    }
    if (m.card() == VectorMatching.Cardinality.MANY_TO_ONE
        || m.card() == VectorMatching.Cardinality.ONE_TO_MANY) {
      sb.append(
          m.card() == VectorMatching.Cardinality.MANY_TO_ONE ? " group_left" : " group_right");
      sb.append(" (").append(String.join(", ", m.include())).append(")");
    }
    if (m.fillLeft() != null && m.fillRight() != null && m.fillLeft().equals(m.fillRight())) {
      sb.append(" fill (").append(formatNumber(m.fillLeft())).append(")");
    } else {
      if (m.fillLeft() != null) {
        sb.append(" fill_left (").append(formatNumber(m.fillLeft())).append(")");
      }
      if (m.fillRight() != null) {
        sb.append(" fill_right (").append(formatNumber(m.fillRight())).append(")");
      }
    }
    return sb.toString();
  }

  private static String selector(VectorSelector v) {
    StringBuilder sb = new StringBuilder();
    if (v.name() != null) {
      sb.append(v.name());
    }
    String inner =
        v.matchers().stream()
            .filter(
                m ->
                    !(v.name() != null
                        && m.name().equals("__name__")
                        && m.type() == LabelMatcher.Type.EQ))
            .map(LabelMatcher::toString)
            .collect(Collectors.joining(", "));
    if (!inner.isEmpty() || v.name() == null) {
      sb.append('{').append(inner).append('}');
    }
    return sb.toString();
  }

  private static String modifiers(long offset, At at) {
    StringBuilder sb = new StringBuilder();
    if (at != null) {
      sb.append(" @ ");
      switch (at.kind()) {
        case START -> sb.append("start()");
        case END -> sb.append("end()");
        default -> sb.append(formatAt(at.timestampMillis()));
      }
    }
    if (offset > 0) {
      sb.append(" offset ").append(PromDuration.format(offset));
    } else if (offset < 0) {
      sb.append(" offset -").append(PromDuration.format(-offset));
    }
    return sb.toString();
  }

  private static String formatAt(long millis) {
    return new java.math.BigDecimal(millis)
        .movePointLeft(3)
        .stripTrailingZeros()
        .toPlainString()
        .replaceAll("^(-?\\d+)$", "$1.000")
        .replaceAll("\\.(\\d)$", ".$100")
        .replaceAll("\\.(\\d\\d)$", ".$10");
  }

  private static String formatNumber(double v) {
    return GoStrings.formatG(v);
  }
}
