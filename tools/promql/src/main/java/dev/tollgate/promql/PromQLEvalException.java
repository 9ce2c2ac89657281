package dev.tollgate.promql;

/** A query that parsed but could not be evaluated (too many samples, timeout, bad arguments). */
public final class PromQLEvalException extends Exception {
  private static final long serialVersionUID = 1L;

  public PromQLEvalException(String message) {
    super(message);
  }
}
