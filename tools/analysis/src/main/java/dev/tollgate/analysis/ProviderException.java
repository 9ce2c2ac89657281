package dev.tollgate.analysis;

/**
 * A failed query (connection refused, HTTP error, unsupported result type): an Error measurement.
 */
public final class ProviderException extends Exception {
  private static final long serialVersionUID = 1L;

  public ProviderException(String message) {
    super(message);
  }

  public ProviderException(String message, Throwable cause) {
    super(message, cause);
  }
}
