package dev.tollgate.promql.eval;

import dev.tollgate.promql.Labels;

/** One sample of an instant vector during evaluation of one step. */
final class Smp {
  Labels labels;
  double f;

  /** The sample's own timestamp (used by timestamp()); the step time otherwise. */
  long t;

  boolean dropName;

  Smp(Labels labels, double f, long t, boolean dropName) {
    this.labels = labels;
    this.f = f;
    this.t = t;
    this.dropName = dropName;
  }

  Smp copyWith(double value) {
    return new Smp(labels, value, t, dropName);
  }
}
