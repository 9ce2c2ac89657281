package dev.tollgate.cli;

/** The exit codes every tollgate command shares. */
public final class ExitCodes {
  /** No error-severity findings. */
  public static final int OK = 0;

  /** Policy findings, failed tests, a failed or errored analysis. */
  public static final int FINDINGS = 1;

  /** Unreadable input or a usage error. */
  public static final int INPUT = 2;

  /** A bug in tollgate. */
  public static final int INTERNAL = 3;

  /** An analysis run that ended Inconclusive. */
  public static final int INCONCLUSIVE = 4;

  private ExitCodes() {}
}
