package dev.tollgate.demo.flags;

import dev.tollgate.flags.openfeature.EvaluationMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

  /** One counter per flag, variant and reason: the set is small and fixed by the flag files. */
  private record CounterKey(String flag, String variant, String reason) {}

  private final MeterRegistry registry;
  // Meters are looked up on every evaluation (several per request); the registry's own lookup
  // builds ids and sorts tags each time, so the meters are kept here once registered.
  private final Map<CounterKey, Counter> counters = new ConcurrentHashMap<>();
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();

  MicrometerEvaluationMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void record(String flagKey, String variant, String reason, String errorCode, long nanos) {
    CounterKey key =
        new CounterKey(
            flagKey,
            variant == null ? "" : variant,
            errorCode != null ? "ERROR" : reason == null ? "UNKNOWN" : reason);
    counters.computeIfAbsent(key, this::counter).increment();
    timers.computeIfAbsent(flagKey, this::timer).record(nanos, TimeUnit.NANOSECONDS);
  }

  private Counter counter(CounterKey key) {
    return Counter.builder("feature_flag_evaluations")
        .description("Feature flag evaluations by variant and reason")
        .tag("flag", key.flag())
        .tag("variant", key.variant())
        .tag("reason", key.reason())
        .register(registry);
  }

  private Timer timer(String flagKey) {
    return Timer.builder("feature_flag_evaluation_duration")
        .description("Time to evaluate one feature flag in-process")
        .tag("flag", flagKey)
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }
}
