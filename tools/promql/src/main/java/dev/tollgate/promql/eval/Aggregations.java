package dev.tollgate.promql.eval;

import dev.tollgate.promql.GoStrings;
import dev.tollgate.promql.Labels;
import dev.tollgate.promql.ast.AggregateExpr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Aggregation operators (Prometheus's {@code aggregation} / {@code aggregationK}). */
final class Aggregations {
  private Aggregations() {}

  /** Running state of one group at one step. */
  private static final class Group {
    final Labels labels;
    double value;
    double mean;
    double count;
    final double[] c = new double[1];
    boolean incremental;
    List<Smp> members;
    boolean dropName;

    Group(Labels labels) {
      this.labels = labels;
    }
  }

  static List<SeriesBuf> eval(Evaluator ev, AggregateExpr a) {
    String op = a.op();
    double[] param = null;
    String labelParam = null;
    if (a.param() != null) {
      if (op.equals("count_values")) {
        labelParam = ((dev.tollgate.promql.ast.StringLiteral) Evaluator.unwrap(a.param())).value();
        if (!LabelFunctions.validLabelName(labelParam, ev.v3)) {
          throw new EvalError("invalid label name " + GoStrings.quote(labelParam));
        }
      } else {
        param = ev.evalScalar(a.param());
      }
    }
    List<SeriesBuf> in = ev.evalVector(a.expr());
    StepReader reader = new StepReader(in);
    Collector out = new Collector(ev);
    for (int i = 0; i < ev.steps(); i++) {
      long t = ev.stepTime(i);
      List<Smp> vec = reader.at(t);
      double p = param == null ? Double.NaN : param[i];
      validateParam(op, p);
      if (vec.isEmpty()) {
        continue;
      }
      List<Smp> result;
      switch (op) {
        case "topk", "bottomk", "limitk", "limit_ratio" -> result = kAggregation(ev, a, vec, p);
        case "count_values" -> result = countValues(a, vec, labelParam);
        default -> result = simple(ev, a, vec, p);
      }
      out.addAll(result, t);
    }
    return out.result();
  }

  /** Parameter errors surface even when the input is empty (Prometheus checks them first). */
  private static void validateParam(String op, double p) {
    switch (op) {
      case "topk", "bottomk", "limitk" -> {
        if (Double.isNaN(p)) {
          throw new EvalError("Parameter value is NaN");
        }
      }
      case "limit_ratio" -> {
        if (Double.isNaN(p)) {
          throw new EvalError("Ratio value is NaN");
        }
      }
      default -> {}
    }
  }

  private static Labels groupLabels(AggregateExpr a, Labels l) {
    return l.grouping(a.grouping(), a.without());
  }

  private static List<Smp> simple(Evaluator ev, AggregateExpr a, List<Smp> vec, double p) {
    String op = a.op();
    if (op.equals("quantile") && (Double.isNaN(p) || p < 0 || p > 1)) {
      ev.annotations.warn("quantile value should be between 0 and 1, got " + GoStrings.formatG(p));
    }
    Map<Labels, Group> groups = new LinkedHashMap<>();
    for (Smp s : vec) {
      Labels key = groupLabels(a, s.labels);
      Group g = groups.get(key);
      double f = s.f;
      if (g == null) {
        g = new Group(key);
        g.dropName = s.dropName;
        groups.put(key, g);
        g.count = 1;
        g.value = f;
        g.mean = f;
        switch (op) {
          case "count", "group" -> g.value = 1;
          case "stddev", "stdvar" ->
              g.value = ev.v3 && (Double.isNaN(f) || Double.isInfinite(f)) ? Double.NaN : 0;
          case "quantile" -> {
            g.members = new ArrayList<>();
            g.members.add(s);
          }
          default -> {}
        }
        continue;
      }
      g.count++;
      g.dropName |= s.dropName;
      switch (op) {
        case "sum" -> {
          if (ev.v3) {
            g.value = Kahan.inc(f, g.value, g.c);
          } else {
            g.value += f;
          }
        }
        case "avg" -> avgStep(ev.v3, g, f);
        case "count" -> g.value++;
        case "group" -> {}
        case "max" -> {
          if (g.value < f || Double.isNaN(g.value)) {
            g.value = f;
          }
        }
        case "min" -> {
          if (g.value > f || Double.isNaN(g.value)) {
            g.value = f;
          }
        }
        case "stddev", "stdvar" -> {
          double delta = f - g.mean;
          g.mean += delta / g.count;
          g.value += delta * (f - g.mean);
        }
        case "quantile" -> g.members.add(s);
        default -> throw new EvalError("unknown aggregation " + op);
      }
    }
    List<Smp> out = new ArrayList<>(groups.size());
    for (Group g : groups.values()) {
      double v =
          switch (op) {
            case "sum" -> ev.v3 && !Double.isInfinite(g.value) ? g.value + g.c[0] : g.value;
            case "avg" ->
                ev.v3
                    ? (g.incremental ? g.mean + g.c[0] : g.value / g.count + g.c[0] / g.count)
                    : g.mean;
            case "stddev" -> Math.sqrt(g.value / g.count);
            case "stdvar" -> g.value / g.count;
            case "quantile" -> quantile(p, values(g.members));
            default -> g.value;
          };
      out.add(new Smp(g.labels, v, 0, g.dropName));
    }
    return out;
  }

  private static void avgStep(boolean v3, Group g, double f) {
    if (!v3) {
      if (Double.isInfinite(g.mean)) {
        if (Double.isInfinite(f) && (g.mean > 0) == (f > 0)) {
          return;
        }
        if (!Double.isInfinite(f) && !Double.isNaN(f)) {
          return;
        }
      }
      g.mean += f / g.count - g.mean / g.count;
      return;
    }
    if (!g.incremental) {
      double[] c = {g.c[0]};
      double nv = Kahan.inc(f, g.value, c);
      if (!Double.isInfinite(nv)) {
        g.value = nv;
        g.c[0] = c[0];
        return;
      }
      g.incremental = true;
      g.mean = g.value / (g.count - 1);
      g.c[0] /= g.count - 1;
    }
    double q = (g.count - 1) / g.count;
    double[] c = {q * g.c[0]};
    g.mean = Kahan.inc(f / g.count, q * g.mean, c);
    g.c[0] = c[0];
  }

  static double[] values(List<Smp> l) {
    double[] v = new double[l.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = l.get(i).f;
    }
    return v;
  }

  /** Prometheus's quantile(): NaN sorts first, rank q*(n-1), linear interpolation. */
  static double quantile(double q, double[] values) {
    int n = values.length;
    if (n == 0 || Double.isNaN(q)) {
      return Double.NaN;
    }
    if (q < 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (q > 1) {
      return Double.POSITIVE_INFINITY;
    }
    double[] sorted = sortNaNFirst(values);
    double rank = q * (n - 1);
    double lower = Math.max(0, Math.floor(rank));
    double upper = Math.min(n - 1, lower + 1);
    double weight = rank - Math.floor(rank);
    return sorted[(int) lower] * (1 - weight) + sorted[(int) upper] * weight;
  }

  static double[] sortNaNFirst(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int nan = 0;
    for (double d : sorted) {
      if (Double.isNaN(d)) {
        nan++;
      }
    }
    if (nan > 0) {
      double[] out = new double[sorted.length];
      java.util.Arrays.fill(out, 0, nan, Double.NaN);
      System.arraycopy(sorted, 0, out, nan, sorted.length - nan);
      return out;
    }
    return sorted;
  }

  private static List<Smp> countValues(AggregateExpr a, List<Smp> vec, String label) {
    Map<Labels, double[]> counts = new LinkedHashMap<>();
    for (Smp s : vec) {
      Labels withValue = s.labels.toBuilder().set(label, GoStrings.formatPlain(s.f)).build();
      Labels key;
      if (a.without()) {
        List<String> drop = new ArrayList<>(a.grouping());
        drop.add(Labels.METRIC_NAME);
        key = withValue.drop(drop);
      } else {
        List<String> keep = new ArrayList<>(a.grouping());
        keep.add(label);
        key = withValue.keep(keep);
      }
      counts.computeIfAbsent(key, k -> new double[2])[0]++;
      if (s.dropName) {
        counts.get(key)[1] = 1;
      }
    }
    List<Smp> out = new ArrayList<>();
    for (Map.Entry<Labels, double[]> e : counts.entrySet()) {
      out.add(new Smp(e.getKey(), e.getValue()[0], 0, e.getValue()[1] == 1));
    }
    return out;
  }

  private static List<Smp> kAggregation(Evaluator ev, AggregateExpr a, List<Smp> vec, double p) {
    String op = a.op();
    if (op.equals("limit_ratio")) {
      return limitRatio(ev, vec, p);
    }
    if (Double.isNaN(p)) {
      throw new EvalError("Parameter value is NaN");
    }
    if (p > Long.MAX_VALUE || p < Long.MIN_VALUE) {
      throw new EvalError("Scalar value " + GoStrings.formatG(p) + " overflows int64");
    }
    long k = (long) p;
    if (k < 1) {
      return List.of();
    }
    Map<Labels, List<Smp>> groups = new LinkedHashMap<>();
    for (Smp s : vec) {
      groups.computeIfAbsent(groupLabels(a, s.labels), x -> new ArrayList<>()).add(s);
    }
    List<Smp> out = new ArrayList<>();
    for (List<Smp> members : groups.values()) {
      if (op.equals("limitk")) {
        for (int i = 0; i < Math.min(k, members.size()); i++) {
          out.add(members.get(i));
        }
        continue;
      }
      boolean top = op.equals("topk");
      List<Smp> picked = TopK.select(members, (int) Math.min(k, members.size()), top);
      out.addAll(picked);
    }
    return out;
  }

  private static List<Smp> limitRatio(Evaluator ev, List<Smp> vec, double p) {
    if (Double.isNaN(p)) {
      throw new EvalError("Ratio value is NaN");
    }
    double r = p;
    if (r < -1 || r > 1) {
      ev.annotations.warn(
          "ratio value should be between -1 and 1, got "
              + GoStrings.formatG(r)
              + ", capping to "
              + (r < 0 ? "-1" : "1"));
      r = Math.max(-1, Math.min(1, r));
    }
    List<Smp> out = new ArrayList<>();
    for (Smp s : vec) {
      double offset = LabelHash.ratioOffset(s.labels);
      boolean keep = r >= 0 ? offset < r : offset >= 1 + r;
      if (keep) {
        out.add(s);
      }
    }
    return out;
  }
}
