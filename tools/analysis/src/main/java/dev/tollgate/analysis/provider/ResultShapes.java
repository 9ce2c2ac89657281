package dev.tollgate.analysis.provider;

import dev.tollgate.analysis.ProviderException;
import dev.tollgate.analysis.QueryResult;
import java.math.BigDecimal;
import java.util.List;

/**
 * Prometheus result shapes to Argo's {@code result} and value string ({@code
 * metricproviders/prometheus/prometheus.go processResponse}, spec §3.1): a scalar is a float, a
 * vector a list of its sample values with labels dropped, a matrix every series' samples flattened.
 */
public final class ResultShapes {
  private ResultShapes() {}

  public static QueryResult scalar(double value) {
    return new QueryResult(value, format(value));
  }

  /** A vector or a flattened matrix; an empty one is an empty (non-nil) list. */
  public static QueryResult list(List<Double> values) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(format(values.get(i)));
    }
    return new QueryResult(List.copyOf(values), text.append(']').toString());
  }

  public static ProviderException unsupported(String resultType) {
    return new ProviderException(
        "Prometheus metric type not supported" + (resultType.isEmpty() ? "" : ": " + resultType));
  }

  /** Go's {@code strconv.FormatFloat(v, 'f', -1, 64)}: shortest digits, never an exponent. */
  public static String format(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "+Inf" : "-Inf";
    }
    if (v == 0) {
      return (1 / v < 0) ? "-0" : "0";
    }
    String plain = new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    return plain;
  }
}
