package dev.tollgate.analysis;

/** Runs a metric's query: offline on the PromQL engine, or live against a Prometheus server. */
public interface MetricProvider {

  /**
   * The query's result at {@code timeMillis} of run time.
   *
   * @throws ProviderException when the query fails; Argo records that as an Error measurement
   */
  QueryResult query(Metric metric, long timeMillis) throws ProviderException;
}
