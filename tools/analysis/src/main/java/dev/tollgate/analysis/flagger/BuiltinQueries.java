package dev.tollgate.analysis.flagger;

import java.util.Map;

/**
 * The PromQL behind Flagger's built-in metrics (fluxcd/flagger v1.44.0 {@code
 * pkg/metrics/observers/istio.go} and {@code http.go}). request-success-rate is a percentage;
 * request-duration is the p99 in milliseconds (istio) or seconds (kubernetes, converted).
 */
final class BuiltinQueries {
  private BuiltinQueries() {}

  static final String SUCCESS_RATE = "request-success-rate";
  static final String DURATION = "request-duration";

  private static final String ISTIO_SELECTOR =
      "reporter=\"destination\", destination_workload_namespace=\"{{ namespace }}\","
          + " destination_workload=~\"{{ target }}\"";

  private static final String HTTP_SELECTOR =
      "kubernetes_namespace=\"{{ namespace }}\","
          + " kubernetes_pod_name=~\"{{ target }}-[0-9a-zA-Z]+(-[0-9a-zA-Z]+)\"";

  private static final Map<String, String> ISTIO =
      Map.of(
          SUCCESS_RATE,
          "sum(rate(istio_requests_total{"
              + ISTIO_SELECTOR
              + ", response_code!~\"5.*\"}[{{ interval }}]))"
              + " / sum(rate(istio_requests_total{"
              + ISTIO_SELECTOR
              + "}[{{ interval }}])) * 100",
          DURATION,
          "histogram_quantile(0.99, sum(rate(istio_request_duration_milliseconds_bucket{"
              + ISTIO_SELECTOR
              + "}[{{ interval }}])) by (le))");

  private static final Map<String, String> HTTP =
      Map.of(
          SUCCESS_RATE,
          "sum(rate(http_request_duration_seconds_count{"
              + HTTP_SELECTOR
              + ", status!~\"5.*\"}[{{ interval }}]))"
              + " / sum(rate(http_request_duration_seconds_count{"
              + HTTP_SELECTOR
              + "}[{{ interval }}])) * 100",
          DURATION,
          "histogram_quantile(0.99, sum(rate(http_request_duration_seconds_bucket{"
              + HTTP_SELECTOR
              + "}[{{ interval }}])) by (le))");

  static boolean isBuiltin(String metricName) {
    return metricName.equals(SUCCESS_RATE) || metricName.equals(DURATION);
  }

  /** Whether the observer for {@code provider} is modelled: istio (the default) and kubernetes. */
  static boolean supports(String provider) {
    return provider.isEmpty() || provider.equals("istio") || provider.equals("kubernetes");
  }

  static String query(String provider, String metricName) {
    return (provider.equals("kubernetes") ? HTTP : ISTIO).get(metricName);
  }

  /** The istio observer reads milliseconds; the kubernetes one seconds. Both truncate to ms. */
  static long durationMillis(String provider, double value) {
    return provider.equals("kubernetes") ? (long) (value * 1000) : (long) value;
  }
}
