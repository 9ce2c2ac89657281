package dev.tollgate.promql.promqltest;

/**
 * The outcome of one eval command.
 *
 * @param detail the failure text, or the skip reason
 */
public record EvalResult(String file, int line, String expr, Status status, String detail) {
  public enum Status {
    PASSED,
    FAILED,
    SKIPPED
  }

  /** {@code functions.test:622 clamp_min(test_clamp, -25)}. */
  public String name() {
    return file + ":" + line + " " + expr;
  }
}
