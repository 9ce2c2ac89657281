package dev.tollgate.expr;

/**
 * A compile, type or run-time error of an expression, positioned 1-based in the expression text.
 * {@link #getMessage()} is {@code line:col: message}; {@link #reason()} is the message alone, as
 * Argo Rollouts would print it in a measurement.
 */
public final class ExprException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String reason;

  public ExprException(int line, int column, String reason) {
    super(line + ":" + column + ": " + reason);
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The message without the position. */
  public String reason() {
    return reason;
  }
}
