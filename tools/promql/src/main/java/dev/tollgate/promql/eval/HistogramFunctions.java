package dev.tollgate.promql.eval;

import dev.tollgate.promql.GoStrings;
import dev.tollgate.promql.Labels;
import dev.tollgate.promql.ast.Call;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** histogram_quantile / histogram_fraction over classic {@code le} buckets (spec §4.7). */
final class HistogramFunctions {
  private HistogramFunctions() {}

  private static final double MIN_NORMAL = Double.MIN_NORMAL;

  private static final java.util.regex.Pattern GO_FLOAT =
      java.util.regex.Pattern.compile(
          "[+-]?([0-9_]+\\.?[0-9_]*|\\.[0-9_]+)(e[+-]?[0-9]+)?|[+-]?0x[0-9a-f.]+(p[+-]?[0-9]+)?");

  static List<SeriesBuf> call(Evaluator ev, Call c) {
    String fn = c.function().name();
    boolean fraction = fn.equals("histogram_fraction");
    boolean multi = fn.equals("histogram_quantiles");
    // histogram_quantile(q, v); histogram_quantiles(v, "label", q1, ...); histogram_fraction(lo,
    // hi, v)
    List<double[]> qs = new ArrayList<>();
    String qLabel = null;
    List<SeriesBuf> in;
    double[] p1 = null;
    if (multi) {
      in = ev.evalVector(c.args().get(0));
      qLabel = ((dev.tollgate.promql.ast.StringLiteral) Evaluator.unwrap(c.args().get(1))).value();
      for (int a = 2; a < c.args().size(); a++) {
        qs.add(ev.evalScalar(c.args().get(a)));
      }
    } else {
      qs.add(ev.evalScalar(c.args().get(0)));
      if (fraction) {
        p1 = ev.evalScalar(c.args().get(1));
      }
      in = ev.evalVector(c.args().get(fraction ? 2 : 1));
    }
    boolean quantile = !fraction;
    double[] p0 = qs.get(0);
    StepReader reader = new StepReader(in);
    Collector out = new Collector(ev);
    Map<Labels, Labels> withoutLe = new java.util.HashMap<>();
    Map<String, Double> upperBounds = new java.util.HashMap<>();
    for (int i = 0; i < ev.steps(); i++) {
      long t = ev.stepTime(i);
      List<Smp> vec = reader.at(t);
      for (double[] q : quantile ? qs : List.<double[]>of()) {
        if (Double.isNaN(q[i]) || q[i] < 0 || q[i] > 1) {
          ev.annotations.warn(
              "quantile value should be between 0 and 1, got " + GoStrings.formatG(q[i]));
        }
      }
      if (vec.isEmpty()) {
        continue;
      }
      Map<Labels, List<double[]>> groups = new LinkedHashMap<>();
      Map<Labels, String> names = new LinkedHashMap<>();
      for (Smp s : vec) {
        String le = s.labels.getOrEmpty("le");
        // the per-query cache maps an unparseable le value to null
        Double parsed = upperBounds.get(le);
        if (parsed == null && !upperBounds.containsKey(le)) {
          try {
            parsed = parseGoFloat(le);
          } catch (NumberFormatException e) {
            parsed = null;
          }
          upperBounds.put(le, parsed);
        }
        if (parsed == null) {
          ev.annotations.warn(
              "bucket label \"le\" is missing or has a malformed value of "
                  + GoStrings.quote(le)
                  + " for metric name "
                  + GoStrings.quote(s.labels.getOrEmpty(Labels.METRIC_NAME)));
          continue;
        }
        double upper = parsed;
        Labels key = withoutLe.computeIfAbsent(s.labels, l -> l.toBuilder().del("le").build());
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {upper, s.f});
        names.putIfAbsent(key, s.labels.getOrEmpty(Labels.METRIC_NAME));
      }
      for (Map.Entry<Labels, List<double[]>> g : groups.entrySet()) {
        double[][] buckets = g.getValue().toArray(new double[0][]);
        Labels labels = ev.v3 ? g.getKey() : g.getKey().withoutMetricName();
        if (fraction) {
          out.add(labels, ev.v3, t, bucketFraction(p0[i], p1[i], buckets));
          continue;
        }
        for (double[] q : qs) {
          boolean[] forced = new boolean[1];
          double v = bucketQuantile(ev.v3, q[i], buckets, forced);
          if (forced[0] && ev.v3) {
            ev.annotations.info(
                "input to histogram_quantile needed to be fixed for monotonicity (see https://prometheus.io/docs/prometheus/latest/querying/functions/#histogram_quantile) for metric name "
                    + GoStrings.quote(names.get(g.getKey())));
          }
          Labels outLabels =
              multi ? labels.toBuilder().set(qLabel, openMetricsFloat(q[i])).build() : labels;
          out.add(outLabels, ev.v3, t, v);
        }
      }
    }
    return out.result();
  }

  /** OpenMetrics canonical float text: integers keep a ".0", infinities are signed. */
  static String openMetricsFloat(double f) {
    if (Double.isNaN(f)) {
      return "NaN";
    }
    if (Double.isInfinite(f)) {
      return f > 0 ? "+Inf" : "-Inf";
    }
    String s = GoStrings.formatG(f);
    if (s.indexOf('.') < 0 && s.indexOf('e') < 0) {
      s += ".0";
    }
    return s;
  }

  /** strconv.ParseFloat: accepts Inf/+Inf/-Inf/NaN spellings in any case. */
  static double parseGoFloat(String s) {
    String l = s.toLowerCase(java.util.Locale.ROOT);
    switch (l) {
      case "inf", "+inf", "infinity", "+infinity" -> {
        return Double.POSITIVE_INFINITY;
      }
      case "-inf", "-infinity" -> {
        return Double.NEGATIVE_INFINITY;
      }
      case "nan" -> {
        return Double.NaN;
      }
      default -> {}
    }
    if (!GO_FLOAT.matcher(l).matches()) {
      throw new NumberFormatException(s);
    }
    return Double.parseDouble(s.replace("_", ""));
  }

  private static double[][] sortAndCoalesce(double[][] buckets) {
    double[][] b = buckets.clone();
    java.util.Arrays.sort(b, (x, y) -> Double.compare(x[0], y[0]));
    List<double[]> out = new ArrayList<>();
    for (double[] x : b) {
      if (!out.isEmpty() && out.get(out.size() - 1)[0] == x[0]) {
        out.get(out.size() - 1)[1] += x[1];
      } else {
        out.add(new double[] {x[0], x[1]});
      }
    }
    return out.toArray(new double[0][]);
  }

  static boolean almostEqual(double a, double b, double eps) {
    if (Double.isNaN(a) && Double.isNaN(b)) {
      return true;
    }
    if (a == b) {
      return true;
    }
    double absSum = Math.abs(a) + Math.abs(b);
    double diff = Math.abs(a - b);
    if (a == 0 || b == 0 || absSum < MIN_NORMAL) {
      return diff < eps * MIN_NORMAL;
    }
    return diff / Math.min(absSum, Double.MAX_VALUE) < eps;
  }

  static double bucketQuantile(boolean v3, double q, double[][] raw, boolean[] forced) {
    if (Double.isNaN(q)) {
      return Double.NaN;
    }
    if (q < 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (q > 1) {
      return Double.POSITIVE_INFINITY;
    }
    double[][] sortedRaw = raw.clone();
    java.util.Arrays.sort(sortedRaw, (x, y) -> Double.compare(x[0], y[0]));
    if (sortedRaw[sortedRaw.length - 1][0] != Double.POSITIVE_INFINITY) {
      return Double.NaN;
    }
    double[][] b = sortAndCoalesce(raw);
    if (v3) {
      double prev = b[0][1];
      for (int i = 1; i < b.length; i++) {
        double curr = b[i][1];
        if (curr == prev) {
          continue;
        }
        if (almostEqual(prev, curr, 1e-12)) {
          b[i][1] = prev;
          continue;
        }
        if (curr < prev) {
          b[i][1] = prev;
          forced[0] = true;
          continue;
        }
        prev = curr;
      }
    } else {
      double max = Double.NEGATIVE_INFINITY;
      for (double[] x : b) {
        if (x[1] > max) {
          max = x[1];
        } else if (x[1] < max) {
          x[1] = max;
        }
      }
    }
    if (b.length < 2) {
      return Double.NaN;
    }
    double observations = b[b.length - 1][1];
    if (observations == 0) {
      return Double.NaN;
    }
    double rank = q * observations;
    int idx = b.length - 1;
    for (int i = 0; i < b.length - 1; i++) {
      if (b[i][1] >= rank) {
        idx = i;
        break;
      }
    }
    if (idx == b.length - 1) {
      return b[b.length - 2][0];
    }
    if (idx == 0 && b[0][0] <= 0) {
      return b[0][0];
    }
    double start = 0;
    double end = b[idx][0];
    double count = b[idx][1];
    if (idx > 0) {
      start = b[idx - 1][0];
      count -= b[idx - 1][1];
      rank -= b[idx - 1][1];
    }
    return start + (end - start) * (rank / count);
  }

  /**
   * Linear interpolation inside a bucket. A bucket of infinite width contributes nothing to the
   * fraction: limits inside the +Inf bucket sit at its start; in a first bucket reaching down to
   * -Inf a lower limit sits at its end and an upper limit at its start.
   */
  private static double interpolate(
      double rank, double count, double v, double lo, double hi, boolean isLowerLimit) {
    if (Double.isInfinite(hi)) {
      return rank;
    }
    if (Double.isInfinite(lo)) {
      return isLowerLimit ? count : rank;
    }
    return rank + (count - rank) * (v - lo) / (hi - lo);
  }

  static double bucketFraction(double lower, double upper, double[][] raw) {
    double[][] b = sortAndCoalesce(raw);
    if (b.length == 0 || b[b.length - 1][0] != Double.POSITIVE_INFINITY) {
      return Double.NaN;
    }
    double count = b[b.length - 1][1];
    if (count == 0 || Double.isNaN(lower) || Double.isNaN(upper)) {
      return Double.NaN;
    }
    if (lower >= upper) {
      return 0;
    }
    double rank = 0;
    double lowerRank = 0;
    double upperRank = 0;
    boolean lowerSet = false;
    boolean upperSet = false;
    for (int i = 0; i < b.length; i++) {
      double lowerBound = i > 0 ? b[i - 1][0] : (b[0][0] > 0 ? 0 : Double.NEGATIVE_INFINITY);
      double upperBound = b[i][0];
      double bc = b[i][1];
      if (!lowerSet && lowerBound >= lower) {
        lowerRank = rank;
        lowerSet = true;
      }
      if (!upperSet && lowerBound >= upper) {
        upperRank = rank;
        upperSet = true;
      }
      if (lowerSet && upperSet) {
        break;
      }
      if (!lowerSet && lowerBound < lower && upperBound > lower) {
        lowerRank = interpolate(rank, bc, lower, lowerBound, upperBound, true);
        lowerSet = true;
      }
      if (!upperSet && lowerBound < upper && upperBound > upper) {
        upperRank = interpolate(rank, bc, upper, lowerBound, upperBound, false);
        upperSet = true;
      }
      if (lowerSet && upperSet) {
        break;
      }
      rank = bc;
    }
    if (!lowerSet || lowerRank > count) {
      lowerRank = count;
    }
    if (!upperSet || upperRank > count) {
      upperRank = count;
    }
    return (upperRank - lowerRank) / count;
  }
}
