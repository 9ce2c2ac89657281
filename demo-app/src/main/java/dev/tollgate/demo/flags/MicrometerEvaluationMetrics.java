package dev.tollgate.demo.flags;

import dev.tollgate.flags.openfeature.EvaluationMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Turns the provider's evaluation reports into {@code feature_flag_evaluations_total{flag,
 * variant,reason}} and {@code feature_flag_evaluation_duration_seconds{flag}}.
 */
final class MicrometerEvaluationMetrics implements EvaluationMetrics {
  private static final Duration[] BUCKETS = {
    Duration.ofNanos(1_000),
    Duration.ofNanos(10_000),
    Duration.ofNanos(100_000),
    Duration.ofMillis(1),
    Duration.ofMillis(10)
  };

  private final MeterRegistry registry;

  MicrometerEvaluationMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void record(String flagKey, String variant, String reason, String errorCode, long nanos) {
    Counter.builder("feature_flag_evaluations")
        .description("Feature flag evaluations by variant and reason")
        .tag("flag", flagKey)
        .tag("variant", variant == null ? "" : variant)
        .tag("reason", errorCode != null ? "ERROR" : reason == null ? "UNKNOWN" : reason)
        .register(registry)
        .increment();
    Timer.builder("feature_flag_evaluation_duration")
        .description("Time to evaluate one feature flag in-process")
        .tag("flag", flagKey)
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
  }
}
