package dev.tollgate.analysis.judge;

/** Kayenta's per-metric classifications ({@code MetricClassificationLabel}). */
public enum Classification {
  Pass,
  High,
  Low,
  Nodata,
  NodataFailMetric,
  Error
}
