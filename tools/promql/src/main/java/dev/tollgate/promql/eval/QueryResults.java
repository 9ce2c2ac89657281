package dev.tollgate.promql.eval;

import dev.tollgate.promql.Labels;
import dev.tollgate.promql.Matrix;
import dev.tollgate.promql.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Shapes a query's evaluated series into its result, as Prometheus does before returning it. */
final class QueryResults {
  private QueryResults() {}

  /**
   * Delayed name removal and the final duplicate check (Prometheus's cleanupMetricLabels): series
   * that end up with equal labels are merged when their points do not collide.
   */
  static void finish(Evaluator ev, List<SeriesBuf> result) {
    boolean any = false;
    for (SeriesBuf s : result) {
      if (s.dropName) {
        s.labels = ev.dropReserved(s.labels);
        s.dropName = false;
        any = true;
      }
    }
    if (!any) {
      return;
    }
    Map<Labels, SeriesBuf> seen = new java.util.LinkedHashMap<>();
    boolean merged = false;
    for (SeriesBuf s : result) {
      if (s.n == 0) {
        continue;
      }
      SeriesBuf other = seen.get(s.labels);
      if (other == null) {
        seen.put(s.labels, s);
        continue;
      }
      if (overlaps(other, s)) {
        throw new EvalError("vector cannot contain metrics with the same labelset");
      }
      seen.put(s.labels, mergeSorted(other, s));
      merged = true;
    }
    if (merged) {
      result.clear();
      result.addAll(seen.values());
    }
  }

  private static SeriesBuf mergeSorted(SeriesBuf a, SeriesBuf b) {
    SeriesBuf out = new SeriesBuf(a.labels, false, a.n + b.n);
    int i = 0;
    int j = 0;
    while (i < a.n || j < b.n) {
      if (j >= b.n || (i < a.n && a.ts[i] < b.ts[j])) {
        out.add(a.ts[i], a.vs[i]);
        i++;
      } else {
        out.add(b.ts[j], b.vs[j]);
        j++;
      }
    }
    return out;
  }

  private static boolean overlaps(SeriesBuf a, SeriesBuf b) {
    int i = 0;
    int j = 0;
    while (i < a.n && j < b.n) {
      if (a.ts[i] == b.ts[j]) {
        return true;
      }
      if (a.ts[i] < b.ts[j]) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }

  static Matrix toMatrix(Evaluator ev, List<SeriesBuf> series, boolean sort) {
    List<Series> out = new ArrayList<>();
    for (SeriesBuf s : series) {
      if (s.n == 0) {
        continue;
      }
      Labels l = s.dropName ? ev.dropReserved(s.labels) : s.labels;
      out.add(
          new Series(l, java.util.Arrays.copyOf(s.ts, s.n), java.util.Arrays.copyOf(s.vs, s.n)));
    }
    if (sort) {
      out.sort((a, b) -> a.labels().compareTo(b.labels()));
    }
    return new Matrix(out);
  }
}
