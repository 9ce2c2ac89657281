package dev.tollgate.promql;

import dev.tollgate.promql.ast.Expr;
import dev.tollgate.promql.eval.Evaluator;

/** Evaluates PromQL instant and range queries against a {@link Storage}. */
public final class Engine {
  private final EngineOptions options;

  public Engine(EngineOptions options) {
    this.options = options;
  }

  public EngineOptions options() {
    return options;
  }

  public Value instantQuery(Storage storage, String query, long timeMillis)
      throws PromQLParseException, PromQLEvalException {
    return instantQuery(storage, PromQL.parse(query), timeMillis);
  }

  public Value instantQuery(Storage storage, Expr expr, long timeMillis)
      throws PromQLEvalException {
    return new Evaluator(options, storage, timeMillis, timeMillis, 0).instant(expr);
  }

  /** A range query; the result is always a {@link Matrix}, series sorted by labels. */
  public Value rangeQuery(
      Storage storage, Expr expr, long startMillis, long endMillis, long stepMillis)
      throws PromQLEvalException {
    if (stepMillis <= 0) {
      throw new PromQLEvalException(
          "zero or negative query resolution step widths are not accepted");
    }
    if (endMillis < startMillis) {
      throw new PromQLEvalException("end timestamp must not be before start time");
    }
    return new Evaluator(options, storage, startMillis, endMillis, stepMillis).range(expr);
  }
}
