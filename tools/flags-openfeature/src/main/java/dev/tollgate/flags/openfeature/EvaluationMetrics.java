package dev.tollgate.flags.openfeature;

/**
 * Receives one call per flag evaluation, for the application's metrics (e.g. a Micrometer counter
 * tagged with flag, variant and reason, and a timer). Must be thread-safe and fast.
 */
@FunctionalInterface
public interface EvaluationMetrics {

  /**
   * Records one flag evaluation.
   *
   * @param variant the variant key, or the value's text for boolean flags; null on errors
   * @param reason the OpenFeature reason, e.g. {@code TARGETING_MATCH}
   * @param errorCode the OpenFeature error code name, or null
   * @param nanos wall time of the evaluation including the SDK's hooks before this one
   */
  void record(String flagKey, String variant, String reason, String errorCode, long nanos);
}
