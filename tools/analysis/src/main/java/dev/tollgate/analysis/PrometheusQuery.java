package dev.tollgate.analysis;

import java.util.Map;

/**
 * A metric's {@code provider.prometheus} after argument substitution.
 *
 * @param address the server URL; empty when the template leaves it to the controller's default
 * @param timeoutSeconds Argo's default is 30
 * @param headers extra request headers, in order
 */
public record PrometheusQuery(
    String address, String query, long timeoutSeconds, Map<String, String> headers) {
  public static final long DEFAULT_TIMEOUT_SECONDS = 30;

  public PrometheusQuery {
    headers = Map.copyOf(headers);
  }
}
