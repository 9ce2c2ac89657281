package dev.tollgate.analysis.flagger;

import dev.tollgate.promql.Engine;
import dev.tollgate.promql.EngineOptions;
import dev.tollgate.promql.Sample;
import dev.tollgate.promql.Storage;
import dev.tollgate.promql.Value;
import dev.tollgate.promql.Vector;
import java.util.List;

/**
 * A {@link MetricQuery} over tollgate's PromQL engine, shaped like Flagger's Prometheus provider
 * ({@code pkg/metrics/providers/prometheus.go RunQuery}): runs of whitespace collapse to one space,
 * the last sample of the vector wins, an empty vector is "no values found", and anything but a
 * vector fails (Flagger cannot decode it).
 */
public final class PromqlMetricQuery implements MetricQuery {
  private final Engine engine;
  private final Storage storage;

  public PromqlMetricQuery(Storage storage) {
    this(new Engine(EngineOptions.defaults()), storage);
  }

  public PromqlMetricQuery(Engine engine, Storage storage) {
    this.engine = engine;
    this.storage = storage;
  }

  @Override
  public double query(String promql, long timeMillis) throws Exception {
    Value value = engine.instantQuery(storage, promql.replaceAll("\\s+", " "), timeMillis);
    if (!(value instanceof Vector vector)) {
      throw new IllegalArgumentException(
          "error unmarshaling result: the query returned a "
              + value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)
              + ", not a vector");
    }
    List<Sample> samples = vector.samples();
    if (samples.isEmpty()) {
      throw new NoValuesFoundException();
    }
    return samples.get(samples.size() - 1).value();
  }
}
