package dev.tollgate.promql.eval;

import dev.tollgate.promql.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects per-step output samples into series keyed by labels. */
final class Collector {
  private final Evaluator ev;
  private final Map<Labels, SeriesBuf> byLabels = new java.util.LinkedHashMap<>();

  Collector(Evaluator ev) {
    this.ev = ev;
  }

  void add(Labels labels, boolean dropName, long t, double v) {
    SeriesBuf s = byLabels.get(labels);
    if (s == null) {
      s = new SeriesBuf(labels, dropName, Math.min(ev.steps(), 16));
      byLabels.put(labels, s);
    } else if (s.lastT() == t) {
      throw new EvalError("vector cannot contain metrics with the same labelset");
    }
    s.add(t, v);
  }

  void addAll(List<Smp> step, long t) {
    for (Smp smp : step) {
      add(smp.labels, smp.dropName, t, smp.f);
    }
    ev.checkDeadline();
  }

  List<SeriesBuf> result() {
    return new ArrayList<>(byLabels.values());
  }
}
