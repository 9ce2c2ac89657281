package dev.tollgate.promql.eval;

import dev.tollgate.promql.GoStrings;
import dev.tollgate.promql.Labels;
import dev.tollgate.promql.Storage;
import dev.tollgate.promql.ast.Call;
import dev.tollgate.promql.ast.Expr;
import dev.tollgate.promql.ast.LabelMatcher;
import dev.tollgate.promql.ast.MatrixSelector;
import dev.tollgate.promql.ast.StringLiteral;
import dev.tollgate.promql.ast.SubqueryExpr;
import dev.tollgate.promql.ast.ValueType;
import dev.tollgate.promql.ast.VectorSelector;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Functions returning an instant vector. */
final class VectorFunctions {
  private VectorFunctions() {}

  static List<SeriesBuf> call(Evaluator ev, Call c) {
    String f = c.function().name();
    if (f.startsWith("histogram_")
        && !f.equals("histogram_quantile")
        && !f.equals("histogram_quantiles")
        && !f.equals("histogram_fraction")) {
      // functions that read native histograms only: floats give no output.
      ev.evalVector(c.args().get(0));
      return new ArrayList<>();
    }
    if (f.equals("holt_winters") && ev.v3) {
      throw new EvalError(
          "holt_winters was renamed to double_exponential_smoothing in Prometheus 3");
    }
    for (int i = 0; i < c.args().size(); i++) {
      if (c.function().argTypes().get(Math.min(i, c.function().argTypes().size() - 1))
          == ValueType.MATRIX) {
        return rangeFunction(ev, c, i);
      }
    }
    switch (f) {
      case "timestamp" -> {
        Expr arg = Evaluator.unwrap(c.args().get(0));
        if (arg instanceof VectorSelector vs) {
          return ev.selectVectorTimestamps(vs);
        }
      }
      case "vector" -> {
        double[] s = ev.evalScalar(c.args().get(0));
        SeriesBuf out = new SeriesBuf(Labels.EMPTY, false, s.length);
        for (int i = 0; i < s.length; i++) {
          out.add(ev.stepTime(i), s[i]);
        }
        return new ArrayList<>(List.of(out));
      }
      case "absent" -> {
        return absent(ev, c);
      }
      case "histogram_quantile", "histogram_fraction", "histogram_quantiles" -> {
        return HistogramFunctions.call(ev, c);
      }
      default -> {}
    }
    // Element-wise functions: the first vector argument, scalar/string parameters per step.
    int vecArg = f.equals("histogram_quantile") ? 1 : 0;
    List<SeriesBuf> in;
    if (c.args().isEmpty()) {
      // date functions default to vector(time()).
      SeriesBuf now = new SeriesBuf(Labels.EMPTY, false, ev.steps());
      for (int i = 0; i < ev.steps(); i++) {
        now.add(ev.stepTime(i), ev.stepTime(i) / 1000.0);
      }
      in = new ArrayList<>(List.of(now));
    } else {
      in = ev.evalVector(c.args().get(vecArg));
    }
    List<double[]> scalars = new ArrayList<>();
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < c.args().size(); i++) {
      if (i == vecArg) {
        continue;
      }
      Expr a = c.args().get(i);
      if (a.type() == ValueType.SCALAR) {
        scalars.add(ev.evalScalar(a));
      } else if (a.type() == ValueType.STRING) {
        strings.add(((StringLiteral) Evaluator.unwrap(a)).value());
      }
    }
    switch (f) {
      case "label_replace", "label_join" -> {
        return LabelFunctions.apply(ev, f, in, strings);
      }
      case "sort", "sort_desc", "sort_by_label", "sort_by_label_desc" -> {
        if (ev.steps() > 1) {
          ev.annotations.warn(
              "sort is ineffective for range queries since results are always ordered by labels");
        }
        return SortFunctions.sort(f, in, strings);
      }
      default -> {}
    }
    List<SeriesBuf> out = new ArrayList<>(in.size());
    for (SeriesBuf s : in) {
      SeriesBuf o = new SeriesBuf(s.labels, s.dropName, s.n);
      for (int j = 0; j < s.n; j++) {
        int step = (int) ((s.ts[j] - ev.start) / ev.interval);
        double x = s.vs[j];
        double r;
        switch (f) {
          case "abs" -> r = Math.abs(x);
          case "ceil" -> r = Math.ceil(x);
          case "floor" -> r = Math.floor(x);
          case "exp" -> r = Math.exp(x);
          case "sqrt" -> r = Math.sqrt(x);
          case "ln" -> r = Math.log(x);
          case "log2" -> r = log2(x);
          case "log10" -> r = Math.log10(x);
          case "sin" -> r = Math.sin(x);
          case "cos" -> r = Math.cos(x);
          case "tan" -> r = Math.tan(x);
          case "asin" -> r = Math.asin(x);
          case "acos" -> r = Math.acos(x);
          case "atan" -> r = Math.atan(x);
          case "sinh" -> r = Math.sinh(x);
          case "cosh" -> r = Math.cosh(x);
          case "tanh" -> r = Math.tanh(x);
          case "asinh" -> r = asinh(x);
          case "acosh" -> r = acosh(x);
          case "atanh" -> r = atanh(x);
          case "deg" -> r = x * 180 / Math.PI;
          case "rad" -> r = x * Math.PI / 180;
          case "sgn" -> r = x < 0 ? -1 : x > 0 ? 1 : x;
          case "timestamp" -> r = s.ts[j] / 1000.0;
          case "clamp" -> {
            double min = scalars.get(0)[step];
            double max = scalars.get(1)[step];
            if (max < min) {
              continue;
            }
            r = Math.max(min, Math.min(max, x));
          }
          case "clamp_min" -> r = Math.max(scalars.get(0)[step], x);
          case "clamp_max" -> r = Math.min(scalars.get(0)[step], x);
          case "round" -> {
            double toNearest = scalars.isEmpty() ? 1 : scalars.get(0)[step];
            double inv = 1.0 / toNearest;
            r = Math.floor(x * inv + 0.5) / inv;
          }
          case "day_of_month",
              "day_of_week",
              "day_of_year",
              "days_in_month",
              "hour",
              "minute",
              "month",
              "year" -> {
            if (Double.isNaN(x) || Double.isInfinite(x)) {
              r = Double.NaN;
            } else {
              r = dateFunction(f, x);
            }
          }
          default -> throw new EvalError("function " + GoStrings.quote(f) + " is not supported");
        }
        o.add(s.ts[j], r);
      }
      if (o.n > 0) {
        ev.dropName(o);
        out.add(o);
      }
    }
    return ev.v3 ? out : ev.mergeDuplicates(out);
  }

  static double log2(double x) {
    if (x > 0 && !Double.isInfinite(x)) {
      int e = Math.getExponent(x);
      if (e >= Double.MIN_EXPONENT && x == Math.scalb(1.0, e)) {
        return e;
      }
    }
    return Math.log(x) / Math.log(2);
  }

  private static double asinh(double x) {
    if (Double.isInfinite(x) || Double.isNaN(x) || x == 0) {
      return x;
    }
    double a = Math.abs(x);
    double r = Math.log(a + Math.sqrt(a * a + 1));
    return x < 0 ? -r : r;
  }

  private static double acosh(double x) {
    if (x < 1 || Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x == 1) {
      return 0;
    }
    return Math.log(x + Math.sqrt(x * x - 1));
  }

  private static double atanh(double x) {
    if (x < -1 || x > 1 || Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x == 1) {
      return Double.POSITIVE_INFINITY;
    }
    if (x == -1) {
      return Double.NEGATIVE_INFINITY;
    }
    return 0.5 * Math.log((1 + x) / (1 - x));
  }

  private static double dateFunction(String f, double seconds) {
    ZonedDateTime t = Instant.ofEpochSecond((long) seconds).atZone(ZoneOffset.UTC);
    return switch (f) {
      case "day_of_month" -> t.getDayOfMonth();
      case "day_of_week" -> t.getDayOfWeek().getValue() % 7;
      case "day_of_year" -> t.getDayOfYear();
      case "days_in_month" -> t.toLocalDate().lengthOfMonth();
      case "hour" -> t.getHour();
      case "minute" -> t.getMinute();
      case "month" -> t.getMonthValue();
      default -> t.getYear();
    };
  }

  private static List<SeriesBuf> absent(Evaluator ev, Call c) {
    List<SeriesBuf> in = ev.evalVector(c.args().get(0));
    return absentResult(ev, in, c.args().get(0), null);
  }

  /** One sample of value 1 at every step where {@code present} has nothing. */
  private static List<SeriesBuf> absentResult(
      Evaluator ev, List<SeriesBuf> present, Expr arg, boolean[] presentSteps) {
    boolean[] has = presentSteps != null ? presentSteps : new boolean[ev.steps()];
    if (presentSteps == null) {
      for (SeriesBuf s : present) {
        for (int j = 0; j < s.n; j++) {
          has[(int) ((s.ts[j] - ev.start) / ev.interval)] = true;
        }
      }
    }
    SeriesBuf out = new SeriesBuf(absentLabels(arg), false, ev.steps());
    for (int i = 0; i < ev.steps(); i++) {
      if (!has[i]) {
        out.add(ev.stepTime(i), 1);
      }
    }
    List<SeriesBuf> list = new ArrayList<>();
    if (out.n > 0) {
      list.add(out);
    }
    return list;
  }

  private static Labels absentLabels(Expr arg) {
    Expr e = Evaluator.unwrap(arg);
    List<LabelMatcher> lm;
    if (e instanceof VectorSelector vs) {
      lm = vs.matchers();
    } else if (e instanceof MatrixSelector ms) {
      lm = ms.selector().matchers();
    } else {
      return Labels.EMPTY;
    }
    Labels.Builder b = new Labels.Builder();
    java.util.Set<String> has = new java.util.HashSet<>();
    for (LabelMatcher m : lm) {
      if (m.name().equals(Labels.METRIC_NAME)) {
        continue;
      }
      if (m.type() == LabelMatcher.Type.EQ && !has.contains(m.name())) {
        b.set(m.name(), m.value());
        has.add(m.name());
      } else {
        b.del(m.name());
      }
    }
    return b.build();
  }

  private static List<SeriesBuf> rangeFunction(Evaluator ev, Call c, int matrixIndex) {
    String f = c.function().name();
    double[] p0 = null;
    double[] p1 = null;
    List<double[]> scalars = new ArrayList<>();
    for (int i = 0; i < c.args().size(); i++) {
      if (i != matrixIndex) {
        scalars.add(ev.evalScalar(c.args().get(i)));
      }
    }
    if (!scalars.isEmpty()) {
      p0 = scalars.get(0);
    }
    if (scalars.size() > 1) {
      p1 = scalars.get(1);
    }
    Expr arg = c.args().get(matrixIndex);
    RangeArgs.MatrixArg m = RangeArgs.of(ev, arg);
    RangeFunctions fn = new RangeFunctions(ev.v3, ev.annotations);
    int steps = ev.steps();
    boolean[] present = f.equals("absent_over_time") ? new boolean[steps] : null;
    List<SeriesBuf> out = new ArrayList<>();
    long[] wt = new long[16];
    double[] wv = new double[16];
    boolean keepName = RangeFunctions.keepsName(f);
    long loaded = 0;
    for (RangeArgs.WindowSeries ws : m.series()) {
      SeriesBuf o = null;
      String metricName = ws.labels().get(Labels.METRIC_NAME);
      // windows only move forward from step to step, so each search starts at the previous one
      int lo = 0;
      int hi = 0;
      for (int i = 0; i < steps; i++) {
        long stepT = ev.stepTime(i);
        long refT = ev.referenceTime(m.at(), m.offsetMillis(), stepT);
        long rangeStart = refT - m.rangeMillis();
        lo = RangeArgs.windowStart(ev, ws, lo, rangeStart);
        hi = Windows.firstAfter(ws.ts(), ws.n(), Math.max(lo, hi), refT);
        int n = 0;
        if (hi - lo > wt.length) {
          wt = new long[Math.max(hi - lo, wt.length * 2)];
          wv = new double[wt.length];
        }
        for (int k = lo; k < hi; k++) {
          double v = ws.vs()[k];
          if (ws.stored() && Storage.isStaleMarker(v)) {
            continue;
          }
          wt[n] = ws.ts()[k];
          wv[n] = v;
          n++;
        }
        if (ev.limitsPerStep()) {
          ev.countSamples(i, n);
        } else {
          loaded += n;
        }
        if (present != null) {
          if (n > 0) {
            present[i] = true;
          }
          continue;
        }
        double a0 = p0 == null ? Double.NaN : p0[i];
        double a1 = p1 == null ? Double.NaN : p1[i];
        if (fn.apply(f, wt, wv, n, rangeStart, refT, stepT, a0, a1, metricName)) {
          if (o == null) {
            o = new SeriesBuf(ws.labels(), false, Math.min(steps, 16));
          }
          o.add(stepT, fn.result);
        }
      }
      if (o != null) {
        if (!keepName) {
          ev.dropName(o);
        }
        out.add(o);
      }
      ev.checkDeadline();
    }
    // a range query holds about one step's windows at a time
    ev.countSamples(0, Math.min(loaded, Integer.MAX_VALUE) / Math.max(1, steps));
    if (present != null) {
      return absentResult(ev, List.of(), arg, present);
    }
    return ev.v3 ? out : ev.mergeDuplicates(out);
  }

  static boolean isSubquery(Expr e) {
    return Evaluator.unwrap(e) instanceof SubqueryExpr;
  }
}
