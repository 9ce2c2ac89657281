package dev.tollgate.promql;

/** Which Prometheus semantics the engine follows (spec §6). */
public enum Compat {
  /** Prometheus 2.42: closed windows, old rate extrapolation, naive sums, holt_winters. */
  V2,
  /** Prometheus 3.x: left-open windows, Kahan sums, v2.51+ extrapolation, delayed name removal. */
  V3
}
