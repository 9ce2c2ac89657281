package dev.tollgate.promql.eval;

import java.util.ArrayList;
import java.util.List;

/** Walks a list of series step by step, yielding each step's instant vector. */
final class StepReader {
  private final List<SeriesBuf> series;
  private final int[] cursor;

  StepReader(List<SeriesBuf> series) {
    this.series = series;
    this.cursor = new int[series.size()];
  }

  List<Smp> at(long t) {
    List<Smp> out = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      SeriesBuf s = series.get(i);
      int c = cursor[i];
      while (c < s.n && s.ts[c] < t) {
        c++;
      }
      cursor[i] = c;
      if (c < s.n && s.ts[c] == t) {
        out.add(new Smp(s.labels, s.vs[c], t, s.dropName));
      }
    }
    return out;
  }
}
