package dev.tollgate.promql;

import java.time.Duration;

/**
 * Engine settings.
 *
 * @param lookbackDeltaMillis how far back an instant selector looks (Prometheus default 5m)
 * @param maxSamples peak number of samples a query may hold (Prometheus default 50,000,000)
 * @param timeout wall-clock limit of one query
 * @param sampleLimitPerStep count {@code maxSamples} at each step of a range query on its own, as
 *     instant queries at those steps would (for evaluating rules ahead; not for subqueries)
 */
public record EngineOptions(
    Compat compat,
    long lookbackDeltaMillis,
    long maxSamples,
    Duration timeout,
    boolean sampleLimitPerStep) {
  public static final long DEFAULT_LOOKBACK_MILLIS = 5 * 60 * 1000L;
  public static final long DEFAULT_MAX_SAMPLES = 50_000_000L;

  public static EngineOptions defaults() {
    return new EngineOptions(
        Compat.V3, DEFAULT_LOOKBACK_MILLIS, DEFAULT_MAX_SAMPLES, Duration.ofMinutes(2), false);
  }

  public EngineOptions withCompat(Compat c) {
    return new EngineOptions(c, lookbackDeltaMillis, maxSamples, timeout, sampleLimitPerStep);
  }

  public EngineOptions withMaxSamples(long max) {
    return new EngineOptions(compat, lookbackDeltaMillis, max, timeout, sampleLimitPerStep);
  }

  public EngineOptions withTimeout(Duration t) {
    return new EngineOptions(compat, lookbackDeltaMillis, maxSamples, t, sampleLimitPerStep);
  }

  public EngineOptions withSampleLimitPerStep(boolean perStep) {
    return new EngineOptions(compat, lookbackDeltaMillis, maxSamples, timeout, perStep);
  }
}
