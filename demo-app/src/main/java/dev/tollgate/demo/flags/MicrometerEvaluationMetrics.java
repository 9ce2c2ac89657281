package dev.tollgate.demo.flags;

import dev.tollgate.flags.openfeature.EvaluationMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Turns the provider's evaluation reports into {@code feature_flag_evaluations_total{flag,
 * variant,reason}} and {@code feature_flag_evaluation_duration_seconds{flag}}.
 *
 * <p>This runs on every evaluation (three per {@code /price} request), so the meters are resolved
 * once and the hot path allocates nothing: one map lookup by flag key, then a scan of that flag's
 * few (variant, reason) counters comparing references first (variant keys and reasons are the same
 * string instances evaluation after evaluation).
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
  private final Map<String, FlagMeters> flags = new ConcurrentHashMap<>();

  MicrometerEvaluationMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /**
   * The duration histogram is read for its quantiles (p99 alert), which a 1-in-16 sample keeps;
   * timing every evaluation cost more than the evaluation (a Micrometer timer update, two clock
   * reads). The evaluation counter stays exact.
   */
  @Override
  public int timedOneIn() {
    return 16;
  }

  @Override
  public void record(String flagKey, String variant, String reason, String errorCode, long nanos) {
    FlagMeters meters = flags.get(flagKey);
    if (meters == null) {
      meters = flags.computeIfAbsent(flagKey, FlagMeters::new);
    }
    if (nanos >= 0) {
      meters.timer.record(nanos, TimeUnit.NANOSECONDS);
    }
    meters
        .counter(
            variant == null ? "" : variant,
            errorCode != null ? "ERROR" : reason == null ? "UNKNOWN" : reason)
        .increment();
  }

  /** The meters of one flag; its counters are few and fixed by the flag files. */
  private final class FlagMeters {
    private final String flag;
    private final Timer timer;
    private volatile Tagged[] counters = new Tagged[0]; // copy-on-write

    private record Tagged(String variant, String reason, Counter counter) {
      boolean is(String v, String r) {
        return variant.equals(v) && reason.equals(r); // String.equals tries identity first
      }
    }

    FlagMeters(String flag) {
      this.flag = flag;
      this.timer =
          Timer.builder("feature_flag_evaluation_duration")
              .description("Time to evaluate one feature flag in-process")
              .tag("flag", flag)
              .serviceLevelObjectives(BUCKETS)
              .register(registry);
    }

    Counter counter(String variant, String reason) {
      for (Tagged t : counters) {
        if (t.is(variant, reason)) {
          return t.counter;
        }
      }
      return add(variant, reason);
    }

    private synchronized Counter add(String variant, String reason) {
      for (Tagged t : counters) {
        if (t.is(variant, reason)) {
          return t.counter;
        }
      }
      Counter counter =
          Counter.builder("feature_flag_evaluations")
              .description("Feature flag evaluations by variant and reason")
              .tag("flag", flag)
              .tag("variant", variant)
              .tag("reason", reason)
              .register(registry);
      Tagged[] next = Arrays.copyOf(counters, counters.length + 1);
      next[counters.length] = new Tagged(variant, reason, counter);
      counters = next;
      return counter;
    }
  }
}
