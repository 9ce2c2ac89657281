package dev.tollgate.promql.promqltest;

import dev.tollgate.promql.Compat;
import dev.tollgate.promql.GoStrings;
import dev.tollgate.promql.Labels;
import dev.tollgate.promql.Matrix;
import dev.tollgate.promql.Sample;
import dev.tollgate.promql.Scalar;
import dev.tollgate.promql.Series;
import dev.tollgate.promql.SeriesNotation;
import dev.tollgate.promql.Storage;
import dev.tollgate.promql.StringValue;
import dev.tollgate.promql.Value;
import dev.tollgate.promql.Vector;
import dev.tollgate.promql.parser.SeriesDescParser;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Result comparison of the test runner (relative tolerance 1e-6, spec §3.2). */
final class Compare {
  private static final double EPSILON = 0.000001;

  private Compare() {}

  /** Expected series of an eval: labels to (step index -> value), in listed order. */
  private record Expected(
      Map<Labels, List<SeriesNotation.Point>> series, Map<Labels, Integer> position) {}

  private static Expected expected(Script.Eval eval) {
    Map<Labels, List<SeriesNotation.Point>> series = new LinkedHashMap<>();
    Map<Labels, Integer> pos = new LinkedHashMap<>();
    int i = 1;
    for (Script.ExpectedSeries e : eval.expected()) {
      SeriesDescParser.Result r = SeriesDescParser.parse(e.text());
      series.put(r.labels(), SeriesNotation.expand(e.text().substring(r.endOffset())));
      pos.put(r.labels(), i++);
    }
    return new Expected(series, pos);
  }

  static boolean almostEqual(Compat compat, double a, double b) {
    if (Double.isNaN(a) && Double.isNaN(b)) {
      return compat == Compat.V2 || Storage.isStaleMarker(a) == Storage.isStaleMarker(b);
    }
    if (a == b) {
      return true;
    }
    double diff = Math.abs(a - b);
    double absSum = Math.abs(a) + Math.abs(b);
    if (compat == Compat.V2) {
      if (a == 0 || b == 0 || diff < Double.MIN_NORMAL) {
        return diff < EPSILON * Double.MIN_NORMAL;
      }
      return diff / absSum < EPSILON;
    }
    if (a == 0 || b == 0 || absSum < Double.MIN_NORMAL) {
      return diff < EPSILON * Double.MIN_NORMAL;
    }
    return diff / Math.min(absSum, Double.MAX_VALUE) < EPSILON;
  }

  static String fmt(double v) {
    return GoStrings.formatG(v);
  }

  static String instant(Compat compat, Script.Eval eval, Value v) {
    if (eval.expectedString() != null) {
      if (!(v instanceof StringValue s)) {
        return "expected string \"" + eval.expectedString() + "\" but got " + describe(v);
      }
      return s.value().equals(eval.expectedString())
          ? null
          : "expected string \"" + eval.expectedString() + "\" but got \"" + s.value() + "\"";
    }
    if (eval.expectedRangeVector() != null) {
      if (!(v instanceof Matrix m)) {
        return "expected range vector but got " + describe(v);
      }
      Script.RangeVector rv = eval.expectedRangeVector();
      return matrix(compat, eval, m, rv.startMillis(), rv.endMillis(), rv.stepMillis());
    }
    if (v instanceof Scalar s) {
      if (eval.expectedScalar() == null) {
        return "expected vector or matrix result, but got scalar " + fmt(s.value());
      }
      return almostEqual(compat, eval.expectedScalar(), s.value())
          ? null
          : "expected scalar " + fmt(eval.expectedScalar()) + " but got " + fmt(s.value());
    }
    if (!(v instanceof Vector vec)) {
      return "unexpected result type " + describe(v);
    }
    if (eval.expectedScalar() != null) {
      return "expected scalar " + fmt(eval.expectedScalar()) + " but got vector " + vec.samples();
    }
    Expected exp = expected(eval);
    Set<Labels> seen = new HashSet<>();
    int pos = 0;
    for (Sample s : vec.samples()) {
      pos++;
      List<SeriesNotation.Point> points = exp.series().get(s.labels());
      if (points == null) {
        return "unexpected metric " + s.labels() + " in result, has value " + fmt(s.value());
      }
      if (eval.ordered() && exp.position().get(s.labels()) != pos) {
        return "expected metric "
            + s.labels()
            + " at position "
            + exp.position().get(s.labels())
            + " but was at "
            + pos;
      }
      if (points.isEmpty()) {
        return "expected no value for " + s.labels() + " but got " + fmt(s.value());
      }
      double want = points.get(0).value();
      if (!almostEqual(compat, want, s.value())) {
        return "expected " + fmt(want) + " for " + s.labels() + " but got " + fmt(s.value());
      }
      if (!seen.add(s.labels())) {
        return "duplicate metric " + s.labels() + " in result";
      }
    }
    for (Labels l : exp.series().keySet()) {
      if (!seen.contains(l)) {
        return "expected metric "
            + l
            + " with "
            + exp.series().get(l).stream().map(p -> fmt(p.value())).toList()
            + " not found";
      }
    }
    return null;
  }

  static String matrix(Compat compat, Script.Eval eval, Matrix m, long start, long end, long step) {
    if (eval.ordered()) {
      return "expected ordered result, but query returned a matrix";
    }
    if (eval.expectedScalar() != null) {
      return "expected scalar result, but query returned a matrix";
    }
    Expected exp = expected(eval);
    Set<Labels> seen = new HashSet<>();
    for (Series s : m.series()) {
      List<SeriesNotation.Point> points = exp.series().get(s.labels());
      if (points == null) {
        return "unexpected metric " + s.labels() + " in result, has " + s;
      }
      seen.add(s.labels());
      int count = 0;
      for (SeriesNotation.Point p : points) {
        long t = start + p.step() * step;
        if (t > end) {
          return "expected "
              + points.size()
              + " points for "
              + s.labels()
              + ", but query time range cannot return this many points";
        }
        count++;
      }
      if (count != s.timestamps().length) {
        return "expected " + count + " float points for " + s.labels() + ", but got " + s;
      }
      int i = 0;
      for (SeriesNotation.Point p : points) {
        long t = start + p.step() * step;
        if (s.timestamps()[i] != t) {
          return "expected float value at index "
              + i
              + " for "
              + s.labels()
              + " to have timestamp "
              + t
              + ", but it had timestamp "
              + s.timestamps()[i]
              + " (result has "
              + s
              + ")";
        }
        if (!almostEqual(compat, s.values()[i], p.value())) {
          return "expected float value at index "
              + i
              + " (t="
              + t
              + ") for "
              + s.labels()
              + " to be "
              + fmt(p.value())
              + ", but got "
              + fmt(s.values()[i])
              + " (result has "
              + s
              + ")";
        }
        i++;
      }
    }
    for (Labels l : exp.series().keySet()) {
      if (!seen.contains(l)) {
        return "expected metric " + l + " not found";
      }
    }
    return null;
  }

  private static String describe(Value v) {
    if (v instanceof Scalar) {
      return "scalar";
    }
    if (v instanceof Vector) {
      return "vector";
    }
    if (v instanceof Matrix) {
      return "matrix";
    }
    return "string";
  }
}
