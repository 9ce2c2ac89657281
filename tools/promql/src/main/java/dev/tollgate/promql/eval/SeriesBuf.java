package dev.tollgate.promql.eval;

import dev.tollgate.promql.Labels;
import java.util.Arrays;

/** A growable series of (step time, value) points produced during evaluation. */
final class SeriesBuf {
  Labels labels;

  /** Delayed __name__ removal (Prometheus 3): drop the name when the query finishes. */
  boolean dropName;

  long[] ts;
  double[] vs;
  int n;

  SeriesBuf(Labels labels, boolean dropName, int capacity) {
    this.labels = labels;
    this.dropName = dropName;
    this.ts = new long[Math.max(1, capacity)];
    this.vs = new double[Math.max(1, capacity)];
  }

  void add(long t, double v) {
    if (n == ts.length) {
      ts = Arrays.copyOf(ts, n * 2);
      vs = Arrays.copyOf(vs, n * 2);
    }
    ts[n] = t;
    vs[n] = v;
    n++;
  }

  long lastT() {
    return n == 0 ? Long.MIN_VALUE : ts[n - 1];
  }
}
