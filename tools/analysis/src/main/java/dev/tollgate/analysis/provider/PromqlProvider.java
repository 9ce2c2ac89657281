package dev.tollgate.analysis.provider;

import dev.tollgate.analysis.Metric;
import dev.tollgate.analysis.MetricProvider;
import dev.tollgate.analysis.ProviderException;
import dev.tollgate.analysis.QueryResult;
import dev.tollgate.promql.Engine;
import dev.tollgate.promql.EngineOptions;
import dev.tollgate.promql.Matrix;
import dev.tollgate.promql.PromQL;
import dev.tollgate.promql.PromQLEvalException;
import dev.tollgate.promql.PromQLParseException;
import dev.tollgate.promql.Sample;
import dev.tollgate.promql.Scalar;
import dev.tollgate.promql.Series;
import dev.tollgate.promql.Storage;
import dev.tollgate.promql.StringValue;
import dev.tollgate.promql.Value;
import dev.tollgate.promql.Vector;
import java.util.ArrayList;
import java.util.List;

/** The offline provider: each measurement is an instant query on the PromQL engine. */
public final class PromqlProvider implements MetricProvider {
  private final Engine engine = new Engine(EngineOptions.defaults());
  private final Storage storage;

  public PromqlProvider(Storage storage) {
    this.storage = storage;
  }

  @Override
  public QueryResult query(Metric metric, long timeMillis) throws ProviderException {
    return query(metric.prometheus().query(), timeMillis);
  }

  public QueryResult query(String promql, long timeMillis) throws ProviderException {
    Value value;
    try {
      value = engine.instantQuery(storage, promql, timeMillis);
    } catch (PromQLParseException e) {
      throw new ProviderException("bad_data: " + e.getMessage(), e);
    } catch (PromQLEvalException e) {
      throw new ProviderException("execution: " + e.getMessage(), e);
    }
    return convert(value);
  }

  /** The engine's own answer, for simulators that need labels or a single number. */
  public Value rawQuery(String promql, long timeMillis)
      throws PromQLParseException, PromQLEvalException {
    return engine.instantQuery(storage, promql, timeMillis);
  }

  /** The parse error of a query, or null when it parses. */
  public String syntaxError(String promql) {
    try {
      PromQL.parse(promql);
      return null;
    } catch (PromQLParseException e) {
      return e.getMessage();
    }
  }

  static QueryResult convert(Value value) throws ProviderException {
    if (value instanceof Scalar scalar) {
      return ResultShapes.scalar(scalar.value());
    }
    if (value instanceof Vector vector) {
      List<Double> values = new ArrayList<>(vector.samples().size());
      for (Sample sample : vector.samples()) {
        values.add(sample.value());
      }
      return ResultShapes.list(values);
    }
    if (value instanceof Matrix matrix) {
      List<Double> values = new ArrayList<>();
      for (Series series : matrix.series()) {
        for (double v : series.values()) {
          values.add(v);
        }
      }
      return ResultShapes.list(values);
    }
    if (value instanceof StringValue) {
      throw ResultShapes.unsupported("string");
    }
    throw ResultShapes.unsupported("");
  }
}
