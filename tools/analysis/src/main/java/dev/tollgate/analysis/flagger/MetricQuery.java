package dev.tollgate.analysis.flagger;

/**
 * Runs one PromQL instant query at a point of the virtual clock and returns the value Flagger's
 * Prometheus provider would: the last sample of the result vector. Throw {@link
 * NoValuesFoundException} for an empty result; any other exception is a failed query.
 */
@FunctionalInterface
public interface MetricQuery {
  double query(String promql, long timeMillis) throws Exception;
}
