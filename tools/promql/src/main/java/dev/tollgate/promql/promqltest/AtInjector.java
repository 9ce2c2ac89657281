package dev.tollgate.promql.promqltest;

import dev.tollgate.promql.ast.AggregateExpr;
import dev.tollgate.promql.ast.At;
import dev.tollgate.promql.ast.BinaryExpr;
import dev.tollgate.promql.ast.Call;
import dev.tollgate.promql.ast.Expr;
import dev.tollgate.promql.ast.MatrixSelector;
import dev.tollgate.promql.ast.NumberLiteral;
import dev.tollgate.promql.ast.ParenExpr;
import dev.tollgate.promql.ast.StringLiteral;
import dev.tollgate.promql.ast.SubqueryExpr;
import dev.tollgate.promql.ast.UnaryExpr;
import dev.tollgate.promql.ast.VectorSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The runner's {@code @} variants (Prometheus {@code atModifierTestCases}): pin every selector and
 * subquery outside an @-subquery to the eval time; refuse when the query calls a function whose
 * result depends on the evaluation time itself.
 */
final class AtInjector {
  private static final Set<String> UNSAFE =
      Set.of(
          "days_in_month",
          "day_of_month",
          "day_of_week",
          "day_of_year",
          "hour",
          "minute",
          "month",
          "year",
          "predict_linear",
          "time",
          "timestamp",
          // functions of the query's own time range
          "start",
          "end",
          "range",
          "step");

  private boolean unsafe;

  private AtInjector() {}

  /** The pinned expression, or null when the query must not be varied. */
  static Expr inject(Expr e, long ts) {
    AtInjector i = new AtInjector();
    Expr out = i.visit(e, ts);
    return i.unsafe ? null : out;
  }

  private Expr visit(Expr e, long ts) {
    if (e instanceof VectorSelector vs) {
      return vs.at() != null ? vs : vs.withModifiers(vs.offsetMillis(), At.of(ts), vs.end());
    }
    if (e instanceof MatrixSelector ms) {
      VectorSelector vs = ms.selector();
      if (vs.at() != null) {
        return ms;
      }
      return new MatrixSelector(
          vs.withModifiers(vs.offsetMillis(), At.of(ts), vs.end()),
          ms.rangeMillis(),
          ms.start(),
          ms.end());
    }
    if (e instanceof SubqueryExpr sq) {
      return sq.at() != null ? sq : sq.withModifiers(sq.offsetMillis(), At.of(ts), sq.end());
    }
    if (e instanceof Call c) {
      if (UNSAFE.contains(c.function().name())) {
        unsafe = true;
      }
      List<Expr> args = new ArrayList<>();
      for (Expr a : c.args()) {
        args.add(visit(a, ts));
      }
      return new Call(c.function(), args, c.start(), c.end());
    }
    if (e instanceof AggregateExpr a) {
      return new AggregateExpr(
          a.op(),
          visit(a.expr(), ts),
          a.param() == null ? null : visit(a.param(), ts),
          a.grouping(),
          a.without(),
          a.start(),
          a.end());
    }
    if (e instanceof BinaryExpr b) {
      return new BinaryExpr(
          b.op(),
          visit(b.lhs(), ts),
          visit(b.rhs(), ts),
          b.matching(),
          b.returnBool(),
          b.start(),
          b.end());
    }
    if (e instanceof UnaryExpr u) {
      return new UnaryExpr(u.negate(), visit(u.expr(), ts), u.start(), u.end());
    }
    if (e instanceof ParenExpr p) {
      return new ParenExpr(visit(p.expr(), ts), p.start(), p.end());
    }
    if (e instanceof NumberLiteral || e instanceof StringLiteral) {
      return e;
    }
    throw new IllegalStateException("unknown node " + e);
  }
}
