package dev.tollgate.analysis;

import dev.tollgate.core.Position;
import java.util.Objects;

/**
 * One metric of an AnalysisRun after argument substitution: what to query and how to judge it.
 *
 * @param intervalMillis time between measurements; null when the metric has no interval
 * @param initialDelayMillis wait after the run starts before the first measurement
 * @param count the {@code count} field as written (null when absent); see {@link #effectiveCount()}
 * @param failureLimit null when absent (default 0); -1 disables it
 * @param successCondition null when absent
 * @param failureCondition null when absent
 * @param prometheus the Prometheus provider settings, query included
 * @param dryRun whether a {@code dryRun} rule matches this metric
 * @param retention how many measurements Argo keeps in status (default 10)
 * @param position where the metric is defined, for messages
 */
public record Metric(
    String name,
    Long intervalMillis,
    long initialDelayMillis,
    Integer count,
    Integer failureLimit,
    int inconclusiveLimit,
    int consecutiveErrorLimit,
    int consecutiveSuccessLimit,
    String successCondition,
    String failureCondition,
    PrometheusQuery prometheus,
    boolean dryRun,
    int retention,
    Position position) {

  public static final int DEFAULT_CONSECUTIVE_ERROR_LIMIT = 4;
  public static final int DEFAULT_MEASUREMENT_RETENTION = 10;

  public Metric {
    Objects.requireNonNull(name, "name");
  }

  /**
   * Argo's {@code EffectiveCount}: absent or 0 with no interval means 1; absent or 0 with an
   * interval means indefinite (null).
   */
  public Integer effectiveCount() {
    if (count == null || count == 0) {
      return intervalMillis == null ? 1 : null;
    }
    return count;
  }

  /** failureLimit with its default 0 applied. */
  public int effectiveFailureLimit() {
    return failureLimit == null ? 0 : failureLimit;
  }

  public Metric withDryRun(boolean newDryRun) {
    return new Metric(
        name,
        intervalMillis,
        initialDelayMillis,
        count,
        failureLimit,
        inconclusiveLimit,
        consecutiveErrorLimit,
        consecutiveSuccessLimit,
        successCondition,
        failureCondition,
        prometheus,
        newDryRun,
        retention,
        position);
  }

  public Metric withRetention(int newRetention) {
    return new Metric(
        name,
        intervalMillis,
        initialDelayMillis,
        count,
        failureLimit,
        inconclusiveLimit,
        consecutiveErrorLimit,
        consecutiveSuccessLimit,
        successCondition,
        failureCondition,
        prometheus,
        dryRun,
        newRetention,
        position);
  }
}
