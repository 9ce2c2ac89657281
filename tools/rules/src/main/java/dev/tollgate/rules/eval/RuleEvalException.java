package dev.tollgate.rules.eval;

/** A rule evaluation that failed at one step; promtool aborts the test group on it. */
public final class RuleEvalException extends Exception {
  private static final long serialVersionUID = 1L;

  public RuleEvalException(String message) {
    super(message);
  }
}
