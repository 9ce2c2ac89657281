package dev.tollgate.analysis.flagger;

/** Flagger's {@code providers.ErrNoValuesFound}: the query returned no samples. */
public final class NoValuesFoundException extends Exception {
  private static final long serialVersionUID = 1L;

  public NoValuesFoundException() {
    super("no values found");
  }
}
