package dev.tollgate.analysis;

/** A condition that does not compile or evaluate; line and column are 1-based, 0 if unknown. */
public final class ConditionException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  public ConditionException(String message, int line, int column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
