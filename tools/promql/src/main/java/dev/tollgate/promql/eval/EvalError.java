package dev.tollgate.promql.eval;

/** Aborts an evaluation with a user-facing message (becomes PromQLEvalException). */
final class EvalError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  EvalError(String message) {
    super(message, null, false, false);
  }
}
