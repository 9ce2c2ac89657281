package dev.tollgate.rules.eval;

import dev.tollgate.promql.EngineOptions;
import dev.tollgate.promql.PromQL;
import dev.tollgate.promql.PromQLEvalException;
import dev.tollgate.promql.PromQLParseException;
import dev.tollgate.promql.Storage;
import dev.tollgate.promql.Value;
import dev.tollgate.promql.ast.Expr;
import dev.tollgate.promql.eval.Evaluator;

/**
 * Instant queries as promtool runs them: a subquery without a step ({@code x[5m:]}) uses the test
 * file's {@code evaluation_interval} (promtool sets the lazy loader's SubqueryInterval to it), not
 * the engine's fixed 1m default.
 */
public final class PromtoolQueries {
  private final EngineOptions options;
  private final long defaultSubqueryStep;

  public PromtoolQueries(EngineOptions options, long evaluationInterval) {
    this.options = options;
    this.defaultSubqueryStep = evaluationInterval;
  }

  public Value instant(Storage storage, Expr expr, long timeMillis) throws PromQLEvalException {
    return new Evaluator(options, storage, timeMillis, timeMillis, 0, defaultSubqueryStep)
        .instant(expr);
  }

  /** A range query over {@code [start, end]}, as one rule evaluated at every step. */
  public Value range(Storage storage, Expr expr, long start, long end, long step)
      throws PromQLEvalException {
    return new Evaluator(
            options.withSampleLimitPerStep(true), storage, start, end, step, defaultSubqueryStep)
        .range(expr);
  }

  public Value instant(Storage storage, String query, long timeMillis)
      throws PromQLParseException, PromQLEvalException {
    return instant(storage, PromQL.parse(query), timeMillis);
  }
}
