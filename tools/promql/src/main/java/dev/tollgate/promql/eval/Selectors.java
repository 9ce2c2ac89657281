package dev.tollgate.promql.eval;

import dev.tollgate.promql.Storage;
import dev.tollgate.promql.ast.VectorSelector;
import java.util.ArrayList;
import java.util.List;

/** Instant vector selectors: the newest sample in the lookback window, per step. */
final class Selectors {
  private Selectors() {}

  static List<SeriesBuf> select(Evaluator ev, VectorSelector vs) {
    List<Storage.StoredSeries> selected = ev.storage.select(vs.matchers());
    int n = ev.steps();
    long lookback = ev.options.lookbackDeltaMillis();
    List<SeriesBuf> out = new ArrayList<>(selected.size());
    for (Storage.StoredSeries s : selected) {
      SeriesBuf buf = null;
      long[] ts = s.rawTimestamps();
      double[] vals = s.rawValues();
      int size = s.size();
      int after = 0; // first index after the step's time; step times only grow
      for (int i = 0; i < n; i++) {
        long t = ev.referenceTime(vs.at(), vs.offsetMillis(), ev.stepTime(i));
        after = Windows.firstAfter(ts, size, after, t);
        int idx = after - 1;
        if (idx < 0) {
          continue;
        }
        long st = ts[idx];
        boolean inWindow = ev.v3 ? st > t - lookback : st >= t - lookback;
        if (!inWindow || Storage.isStaleMarker(vals[idx]) || idx >= size) {
          continue;
        }
        if (buf == null) {
          buf = new SeriesBuf(s.labels(), false, Math.min(n, 16));
        }
        buf.add(ev.stepTime(i), vals[idx]);
        ev.countSamples(i, 1);
      }
      if (buf != null) {
        out.add(buf);
      }
    }
    ev.checkDeadline();
    return out;
  }

  /** The actual sample timestamps picked by a selector (for timestamp()). */
  static List<SeriesBuf> timestamps(Evaluator ev, VectorSelector vs) {
    List<Storage.StoredSeries> selected = ev.storage.select(vs.matchers());
    int n = ev.steps();
    long lookback = ev.options.lookbackDeltaMillis();
    List<SeriesBuf> out = new ArrayList<>();
    for (Storage.StoredSeries s : selected) {
      SeriesBuf buf = null;
      int after = 0;
      for (int i = 0; i < n; i++) {
        long t = ev.referenceTime(vs.at(), vs.offsetMillis(), ev.stepTime(i));
        after = Windows.firstAfter(s.rawTimestamps(), s.size(), after, t);
        int idx = after - 1;
        if (idx < 0) {
          continue;
        }
        long st = s.timestampAt(idx);
        boolean inWindow = ev.v3 ? st > t - lookback : st >= t - lookback;
        if (!inWindow || Storage.isStaleMarker(s.valueAt(idx))) {
          continue;
        }
        if (buf == null) {
          buf = new SeriesBuf(s.labels(), false, 16);
        }
        buf.add(ev.stepTime(i), st / 1000.0);
      }
      if (buf != null) {
        ev.dropName(buf);
        out.add(buf);
      }
    }
    return out;
  }
}
