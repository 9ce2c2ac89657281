package dev.tollgate.promql.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks a list of series step by step, yielding each step's instant vector.
 *
 * <p>The vector and its samples are reused from step to step (a range query over many series would
 * otherwise allocate one object per point), so callers must be done with a step's vector, and must
 * not keep its samples, before asking for the next step.
 */
final class StepReader {
  private final List<SeriesBuf> series;
  private final int[] cursor;
  private final Smp[] samples;
  private final List<Smp> vector = new ArrayList<>();

  StepReader(List<SeriesBuf> series) {
    this.series = series;
    this.cursor = new int[series.size()];
    this.samples = new Smp[series.size()];
  }

  List<Smp> at(long t) {
    vector.clear();
    for (int i = 0; i < series.size(); i++) {
      SeriesBuf s = series.get(i);
      int c = cursor[i];
      while (c < s.n && s.ts[c] < t) {
        c++;
      }
      cursor[i] = c;
      if (c < s.n && s.ts[c] == t) {
        Smp smp = samples[i];
        if (smp == null) {
          samples[i] = new Smp(s.labels, s.vs[c], t, s.dropName);
        } else {
          smp.labels = s.labels;
          smp.f = s.vs[c];
          smp.t = t;
          smp.dropName = s.dropName;
        }
        vector.add(samples[i]);
      }
    }
    return vector;
  }
}
