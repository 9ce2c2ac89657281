package dev.tollgate.promql.eval;

/** Kahan-Neumaier compensated summation, Prometheus's {@code kahansum.Inc}. */
final class Kahan {
  private Kahan() {}

  /** Returns the new sum; the new compensation is stored in {@code c[0]}. */
  static double inc(double inc, double sum, double[] c) {
    double t = sum + inc;
    if (Double.isInfinite(t)) {
      c[0] = 0;
    } else if (Math.abs(sum) >= Math.abs(inc)) {
      c[0] += (sum - t) + inc;
    } else {
      c[0] += (inc - t) + sum;
    }
    return t;
  }
}
