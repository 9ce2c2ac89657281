package dev.tollgate.promql.eval;

import dev.tollgate.promql.GoStrings;

/**
 * Functions over one window of float samples ({@code t[0..n)}, {@code v[0..n)}); each returns false
 * when the series yields no output at this step, else leaves the value in {@link #result}.
 */
final class RangeFunctions {
  double result;
  private final boolean v3;
  private final Annotations annotations;

  RangeFunctions(boolean v3, Annotations annotations) {
    this.v3 = v3;
    this.annotations = annotations;
  }

  /** Whether the function drops the metric name. */
  static boolean keepsName(String f) {
    return f.equals("last_over_time") || f.equals("first_over_time");
  }

  boolean apply(
      String f,
      long[] t,
      double[] v,
      int n,
      long rangeStart,
      long rangeEnd,
      long evalT,
      double p0,
      double p1,
      String metricName) {
    switch (f) {
      case "absent_over_time" -> {
        return false;
      }
      case "present_over_time" -> {
        if (n == 0) {
          return false;
        }
        result = 1;
        return true;
      }
      default -> {}
    }
    if (n == 0) {
      return false;
    }
    switch (f) {
      case "rate", "increase", "delta" -> {
        if (n < 2) {
          return false;
        }
        boolean counter = !f.equals("delta");
        if (counter && v3 && metricName != null && !isCounterName(metricName)) {
          annotations.info(
              "metric might not be a counter, name does not end in _total/_sum/_count/_bucket: "
                  + GoStrings.quote(metricName));
        }
        result = extrapolatedRate(t, v, n, rangeStart, rangeEnd, counter, f.equals("rate"));
        return true;
      }
      case "irate", "idelta" -> {
        if (n < 2) {
          return false;
        }
        double last = v[n - 1];
        double prev = v[n - 2];
        double r = f.equals("irate") && last < prev ? last : last - prev;
        if (f.equals("irate")) {
          long dt = t[n - 1] - t[n - 2];
          if (dt == 0) {
            return false;
          }
          r /= dt / 1000.0;
        }
        result = r;
        return true;
      }
      case "avg_over_time" -> result = v3 ? avgV3(v, n) : avgV2(v, n);
      case "count_over_time" -> result = n;
      case "sum_over_time" -> {
        double[] c = {0};
        double s = 0;
        for (int i = 0; i < n; i++) {
          s = Kahan.inc(v[i], s, c);
        }
        result = Double.isInfinite(s) ? s : s + c[0];
      }
      case "min_over_time", "max_over_time" -> {
        boolean max = f.equals("max_over_time");
        double m = v[0];
        for (int i = 1; i < n; i++) {
          if (max ? (v[i] > m || Double.isNaN(m)) : (v[i] < m || Double.isNaN(m))) {
            m = v[i];
          }
        }
        result = m;
      }
      case "last_over_time" -> result = v[n - 1];
      case "first_over_time" -> result = v[0];
      case "ts_of_last_over_time" -> result = t[n - 1] / 1000.0;
      case "ts_of_first_over_time" -> result = t[0] / 1000.0;
      case "ts_of_min_over_time", "ts_of_max_over_time" -> {
        boolean max = f.equals("ts_of_max_over_time");
        double m = v[0];
        long at = t[0];
        for (int i = 1; i < n; i++) {
          if (max ? (v[i] >= m || Double.isNaN(m)) : (v[i] <= m || Double.isNaN(m))) {
            if (!Double.isNaN(v[i]) || Double.isNaN(m)) {
              m = v[i];
              at = t[i];
            }
          }
        }
        result = at / 1000.0;
      }
      case "stddev_over_time", "stdvar_over_time" -> {
        double count = 0;
        double mean = 0;
        double[] cMean = {0};
        double aux = 0;
        double[] cAux = {0};
        for (int i = 0; i < n; i++) {
          count++;
          double delta = v[i] - (mean + cMean[0]);
          mean = Kahan.inc(delta / count, mean, cMean);
          aux = Kahan.inc(delta * (v[i] - (mean + cMean[0])), aux, cAux);
        }
        double var = (aux + cAux[0]) / count;
        result = f.equals("stddev_over_time") ? Math.sqrt(var) : var;
      }
      case "changes", "resets" -> {
        int count = 0;
        double prev = v[0];
        for (int i = 1; i < n; i++) {
          double cur = v[i];
          if (f.equals("changes")) {
            if (cur != prev && !(Double.isNaN(cur) && Double.isNaN(prev))) {
              count++;
            }
          } else if (cur < prev) {
            count++;
          }
          prev = cur;
        }
        result = count;
      }
      case "deriv" -> {
        if (n < 2) {
          return false;
        }
        result = linearRegression(t, v, n, t[0])[0];
      }
      case "predict_linear" -> {
        if (n < 2) {
          return false;
        }
        double[] si = linearRegression(t, v, n, evalT);
        result = si[0] * p0 + si[1];
      }
      case "quantile_over_time" -> {
        if (Double.isNaN(p0) || p0 < 0 || p0 > 1) {
          annotations.warn(
              "quantile value should be between 0 and 1, got " + GoStrings.formatG(p0));
        }
        result = Aggregations.quantile(p0, java.util.Arrays.copyOf(v, n));
      }
      case "mad_over_time" -> {
        double[] vals = java.util.Arrays.copyOf(v, n);
        for (double x : vals) {
          if (Double.isNaN(x)) {
            result = Double.NaN;
            return true;
          }
        }
        double median = Aggregations.quantile(0.5, vals);
        double[] dev = new double[n];
        for (int i = 0; i < n; i++) {
          dev[i] = Math.abs(vals[i] - median);
        }
        result = Aggregations.quantile(0.5, dev);
      }
      case "holt_winters", "double_exponential_smoothing" -> {
        if (p0 <= 0 || p0 >= 1 || Double.isNaN(p0)) {
          throw new EvalError(
              "invalid smoothing factor. Expected: 0 < sf < 1, got: " + String.format("%f", p0));
        }
        if (p1 <= 0 || p1 >= 1 || Double.isNaN(p1)) {
          throw new EvalError(
              "invalid trend factor. Expected: 0 < tf < 1, got: " + String.format("%f", p1));
        }
        if (n < 2) {
          return false;
        }
        double s0 = 0;
        double s1 = v[0];
        double b = v[1] - v[0];
        for (int i = 1; i < n; i++) {
          double x = p0 * v[i];
          if (i - 1 != 0) {
            b = p1 * (s1 - s0) + (1 - p1) * b;
          }
          double y = (1 - p0) * (s1 + b);
          s0 = s1;
          s1 = x + y;
        }
        result = s1;
      }
      default -> throw new EvalError("unknown range function " + f);
    }
    return true;
  }

  static boolean isCounterName(String name) {
    return name.endsWith("_total")
        || name.endsWith("_sum")
        || name.endsWith("_count")
        || name.endsWith("_bucket");
  }

  private static double avgV2(double[] v, int n) {
    double mean = 0;
    double count = 0;
    double[] c = {0};
    for (int i = 0; i < n; i++) {
      count++;
      if (Double.isInfinite(mean)) {
        if (Double.isInfinite(v[i]) && (mean > 0) == (v[i] > 0)) {
          continue;
        }
        if (!Double.isInfinite(v[i]) && !Double.isNaN(v[i])) {
          continue;
        }
      }
      mean = Kahan.inc(v[i] / count - mean / count, mean, c);
    }
    return Double.isInfinite(mean) ? mean : mean + c[0];
  }

  static double avgV3(double[] v, int n) {
    double sum = v[0];
    double count = 1;
    double mean = 0;
    double[] c = {0};
    boolean incremental = false;
    for (int i = 1; i < n; i++) {
      count = i + 1;
      if (!incremental) {
        double[] nc = {c[0]};
        double ns = Kahan.inc(v[i], sum, nc);
        if (!Double.isInfinite(ns)) {
          sum = ns;
          c[0] = nc[0];
          continue;
        }
        incremental = true;
        mean = sum / (count - 1);
        c[0] /= count - 1;
      }
      double q = (count - 1) / count;
      double[] qc = {q * c[0]};
      mean = Kahan.inc(v[i] / count, q * mean, qc);
      c[0] = qc[0];
    }
    return incremental ? mean + c[0] : sum / count + c[0] / count;
  }

  /** Least squares with Kahan sums; returns {slope, intercept}. */
  static double[] linearRegression(long[] t, double[] v, int n, long interceptTime) {
    double cnt = 0;
    double sumX = 0;
    double sumY = 0;
    double sumXY = 0;
    double sumX2 = 0;
    double[] cX = {0};
    double[] cY = {0};
    double[] cXY = {0};
    double[] cX2 = {0};
    double initY = v[0];
    boolean constY = true;
    for (int i = 0; i < n; i++) {
      if (constY && i > 0 && v[i] != initY) {
        constY = false;
      }
      cnt += 1;
      double x = (t[i] - interceptTime) / 1e3;
      sumX = Kahan.inc(x, sumX, cX);
      sumY = Kahan.inc(v[i], sumY, cY);
      sumXY = Kahan.inc(x * v[i], sumXY, cXY);
      sumX2 = Kahan.inc(x * x, sumX2, cX2);
    }
    if (constY) {
      if (Double.isInfinite(initY)) {
        return new double[] {Double.NaN, Double.NaN};
      }
      return new double[] {0, initY};
    }
    sumX += cX[0];
    sumY += cY[0];
    sumXY += cXY[0];
    sumX2 += cX2[0];
    double covXY = sumXY - sumX * sumY / cnt;
    double varX = sumX2 - sumX * sumX / cnt;
    double slope = covXY / varX;
    double intercept = sumY / cnt - slope * sumX / cnt;
    return new double[] {slope, intercept};
  }

  /** rate/increase/delta with Prometheus's extrapolation (2.42 or 2.51+ order, spec §4.6). */
  private double extrapolatedRate(
      long[] t, double[] v, int n, long rangeStart, long rangeEnd, boolean counter, boolean rate) {
    double resultValue = v[n - 1] - v[0];
    if (counter) {
      double prev = v[0];
      for (int i = 1; i < n; i++) {
        if (v[i] < prev) {
          resultValue += prev;
        }
        prev = v[i];
      }
    }
    double durationToStart = (t[0] - rangeStart) / 1000.0;
    double durationToEnd = (rangeEnd - t[n - 1]) / 1000.0;
    double sampledInterval = (t[n - 1] - t[0]) / 1000.0;
    double averageDurationBetweenSamples = sampledInterval / (n - 1);
    double extrapolationThreshold = averageDurationBetweenSamples * 1.1;
    double factor;
    if (v3) {
      if (durationToStart >= extrapolationThreshold) {
        durationToStart = averageDurationBetweenSamples / 2;
      }
      if (counter && resultValue > 0 && v[0] >= 0) {
        double durationToZero = sampledInterval * (v[0] / resultValue);
        if (durationToZero < durationToStart) {
          durationToStart = durationToZero;
        }
      }
      if (durationToEnd >= extrapolationThreshold) {
        durationToEnd = averageDurationBetweenSamples / 2;
      }
      factor = (sampledInterval + durationToStart + durationToEnd) / sampledInterval;
    } else {
      if (counter && resultValue > 0 && v[0] >= 0) {
        double durationToZero = sampledInterval * (v[0] / resultValue);
        if (durationToZero < durationToStart) {
          durationToStart = durationToZero;
        }
      }
      double extrapolateToInterval = sampledInterval;
      extrapolateToInterval +=
          durationToStart < extrapolationThreshold
              ? durationToStart
              : averageDurationBetweenSamples / 2;
      extrapolateToInterval +=
          durationToEnd < extrapolationThreshold
              ? durationToEnd
              : averageDurationBetweenSamples / 2;
      factor = extrapolateToInterval / sampledInterval;
    }
    if (rate) {
      factor /= (rangeEnd - rangeStart) / 1000.0;
    }
    return resultValue * factor;
  }
}
