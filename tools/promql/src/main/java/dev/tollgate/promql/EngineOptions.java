package dev.tollgate.promql;

import java.time.Duration;

/**
 * Engine settings.
 *
 * @param lookbackDeltaMillis how far back an instant selector looks (Prometheus default 5m)
 * @param maxSamples peak number of samples a query may hold (Prometheus default 50,000,000)
 * @param timeout wall-clock limit of one query
 */
public record EngineOptions(
    Compat compat, long lookbackDeltaMillis, long maxSamples, Duration timeout) {
  public static final long DEFAULT_LOOKBACK_MILLIS = 5 * 60 * 1000L;
  public static final long DEFAULT_MAX_SAMPLES = 50_000_000L;

  public static EngineOptions defaults() {
    return new EngineOptions(
        Compat.V3, DEFAULT_LOOKBACK_MILLIS, DEFAULT_MAX_SAMPLES, Duration.ofMinutes(2));
  }

  public EngineOptions withCompat(Compat c) {
    return new EngineOptions(c, lookbackDeltaMillis, maxSamples, timeout);
  }

  public EngineOptions withMaxSamples(long max) {
    return new EngineOptions(compat, lookbackDeltaMillis, max, timeout);
  }

  public EngineOptions withTimeout(Duration t) {
    return new EngineOptions(compat, lookbackDeltaMillis, maxSamples, t);
  }
}
