package dev.tollgate.core;

/**
 * Input that cannot be read or understood at all (exit code 2). Carries a positioned {@link
 * Diagnostic} so the CLI never has to print a stack trace.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Diagnostic diagnostic;

  public InputException(Diagnostic diagnostic) {
    super(diagnostic.position() + ": " + diagnostic.message());
    this.diagnostic = diagnostic;
  }

  public InputException(Diagnostic diagnostic, Throwable cause) {
    super(diagnostic.position() + ": " + diagnostic.message(), cause);
    this.diagnostic = diagnostic;
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
