package dev.tollgate.promql.eval;

import dev.tollgate.promql.Labels;
import dev.tollgate.promql.Storage;
import dev.tollgate.promql.ast.At;
import dev.tollgate.promql.ast.Expr;
import dev.tollgate.promql.ast.MatrixSelector;
import dev.tollgate.promql.ast.SubqueryExpr;
import dev.tollgate.promql.ast.VectorSelector;
import java.util.ArrayList;
import java.util.List;

/** Range-vector arguments: the series behind a matrix selector or subquery, and their windows. */
final class RangeArgs {
  private RangeArgs() {}

  /** A source of windows: raw stored series or evaluated subquery series. */
  // primitive arrays for the hot window loops; never compared or hashed
  @SuppressWarnings("ArrayRecordComponent")
  record WindowSeries(Labels labels, long[] ts, double[] vs, int n, boolean stored) {}

  /** The series and window parameters behind a range-vector argument. */
  record MatrixArg(List<WindowSeries> series, long rangeMillis, long offsetMillis, At at) {}

  static MatrixArg of(Evaluator ev, Expr arg) {
    Expr e = Evaluator.unwrap(arg);
    if (e instanceof MatrixSelector ms) {
      VectorSelector vs = ms.selector();
      List<WindowSeries> list = new ArrayList<>();
      for (Storage.StoredSeries s : ev.storage.select(vs.matchers())) {
        list.add(new WindowSeries(s.labels(), s.rawTimestamps(), s.rawValues(), s.size(), true));
      }
      return new MatrixArg(list, ms.rangeMillis(), vs.offsetMillis(), vs.at());
    }
    if (e instanceof SubqueryExpr sq) {
      List<SeriesBuf> inner = ev.evalSubquery(sq);
      List<WindowSeries> list = new ArrayList<>();
      for (SeriesBuf s : inner) {
        Labels l = s.dropName ? ev.dropReserved(s.labels) : s.labels;
        list.add(new WindowSeries(l, s.ts, s.vs, s.n, false));
      }
      return new MatrixArg(list, sq.rangeMillis(), sq.offsetMillis(), sq.at());
    }
    throw new EvalError("expected a range vector, got " + e);
  }

  /** A top-level range vector in an instant query: the raw points of each window. */
  static List<SeriesBuf> atInstant(Evaluator ev, Expr e) {
    MatrixArg m = of(ev, e);
    long t = ev.referenceTime(m.at(), m.offsetMillis(), ev.start);
    List<SeriesBuf> out = new ArrayList<>();
    long total = 0;
    for (WindowSeries ws : m.series()) {
      int from = windowStart(ev, ws, 0, t - m.rangeMillis());
      int to = Windows.firstAfter(ws.ts(), ws.n(), from, t);
      SeriesBuf buf = new SeriesBuf(ws.labels(), false, Math.max(1, to - from));
      for (int i = from; i < to; i++) {
        if (ws.stored() && Storage.isStaleMarker(ws.vs()[i])) {
          continue;
        }
        buf.add(ws.ts()[i], ws.vs()[i]);
      }
      total += buf.n;
      if (buf.n > 0) {
        out.add(buf);
      }
    }
    ev.countSamples(0, total);
    ev.checkDeadline();
    return out;
  }

  /**
   * First index at or after {@code from} inside the window whose (exclusive in v3, inclusive in v2)
   * start is given.
   */
  static int windowStart(Evaluator ev, WindowSeries ws, int from, long rangeStart) {
    return ev.v3
        ? Windows.firstAfter(ws.ts(), ws.n(), from, rangeStart)
        : Windows.firstAtOrAfter(ws.ts(), ws.n(), from, rangeStart);
  }
}
