package dev.tollgate.promql.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Walks of an expression tree that callers need to decide how a query may be evaluated. */
public final class Exprs {
  private static final Set<String> QUERY_RANGE_FUNCTIONS = Set.of("start", "end", "range", "step");

  private Exprs() {}

  /** Calls {@code visitor} on {@code expr} and every expression below it, parents first. */
  public static void forEach(Expr expr, Consumer<Expr> visitor) {
    visitor.accept(expr);
    if (expr instanceof MatrixSelector m) {
      forEach(m.selector(), visitor);
    } else if (expr instanceof SubqueryExpr s) {
      forEach(s.expr(), visitor);
    } else if (expr instanceof Call c) {
      c.args().forEach(a -> forEach(a, visitor));
    } else if (expr instanceof AggregateExpr a) {
      if (a.param() != null) {
        forEach(a.param(), visitor);
      }
      forEach(a.expr(), visitor);
    } else if (expr instanceof BinaryExpr b) {
      forEach(b.lhs(), visitor);
      forEach(b.rhs(), visitor);
    } else if (expr instanceof UnaryExpr u) {
      forEach(u.expr(), visitor);
    } else if (expr instanceof ParenExpr p) {
      forEach(p.expr(), visitor);
    }
  }

  /** Every vector selector, including those inside range selectors. */
  public static List<VectorSelector> selectors(Expr expr) {
    List<VectorSelector> out = new ArrayList<>();
    forEach(
        expr,
        e -> {
          if (e instanceof VectorSelector v) {
            out.add(v);
          }
        });
    return out;
  }

  /**
   * Whether the value depends on the query's own time range rather than on the evaluation time
   * alone: {@code @ start()}/{@code @ end()} and the functions start(), end(), range() and step().
   * Such a query gives different answers as one range query than as instant queries per step.
   */
  public static boolean dependsOnQueryRange(Expr expr) {
    boolean[] found = {false};
    forEach(
        expr,
        e -> {
          At at = null;
          if (e instanceof VectorSelector v) {
            at = v.at();
          } else if (e instanceof SubqueryExpr s) {
            at = s.at();
          }
          if (at != null && at.kind() != At.Kind.TIMESTAMP) {
            found[0] = true;
          }
          if (e instanceof Call c && QUERY_RANGE_FUNCTIONS.contains(c.function().name())) {
            found[0] = true;
          }
        });
    return found[0];
  }
}
