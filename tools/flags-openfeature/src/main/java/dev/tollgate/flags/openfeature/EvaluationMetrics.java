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
   * @param nanos wall time of the evaluation including the SDK's hooks before this one, or -1 for
   *     an evaluation left untimed (see {@link #timedOneIn})
   */
  void record(String flagKey, String variant, String reason, String errorCode, long nanos);

  /**
   * Time one evaluation in this many, picked at random; 1 times all. Timing costs two clock reads
   * and, in a metrics library, a histogram update: more than an in-process evaluation itself, so a
   * latency histogram that is read for its quantiles can afford to sample. Counts stay exact: every
   * evaluation is still reported.
   */
  default int timedOneIn() {
    return 1;
  }

  /** Whether to time this evaluation, at the rate {@code oneIn}. */
  static boolean timeThisOne(int oneIn) {
    return oneIn <= 1 || java.util.concurrent.ThreadLocalRandom.current().nextInt(oneIn) == 0;
  }
}
