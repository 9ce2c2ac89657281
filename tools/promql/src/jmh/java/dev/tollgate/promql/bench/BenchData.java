package dev.tollgate.promql.bench;

import dev.tollgate.promql.Labels;
import dev.tollgate.promql.Storage;

/**
 * The data of Prometheus's {@code promql/bench_test.go} (setupRangeQueryTestData): 10 s scrape
 * interval; a_X/b_X with X = one (1 series), ten, hundred (label l); classic histograms h_X with
 * le = 0..9,+Inf; and sparse{l} whose label changes every numIntervals/50 steps. Series i of n at
 * step s has value s + i/n.
 */
final class BenchData {
  static final long INTERVAL = 10_000L;

  private BenchData() {}

  static Storage build(int numIntervals) {
    Storage s = new Storage();
    String[][] sizes = {{"one", "1"}, {"ten", "10"}, {"hundred", "100"}};
    for (String[] size : sizes) {
      int n = Integer.parseInt(size[1]);
      for (String prefix : new String[] {"a_", "b_"}) {
        for (int i = 0; i < n; i++) {
          Labels l = n == 1
              ? Labels.of("__name__", prefix + size[0])
              : Labels.of("__name__", prefix + size[0], "l", Integer.toString(i));
          add(s, l, numIntervals, (double) i / n);
        }
      }
      for (int i = 0; i < n; i++) {
        for (int le = 0; le <= 10; le++) {
          String bound = le == 10 ? "+Inf" : Integer.toString(le);
          Labels l = n == 1
              ? Labels.of("__name__", "h_" + size[0], "le", bound)
              : Labels.of("__name__", "h_" + size[0], "l", Integer.toString(i), "le", bound);
          add(s, l, numIntervals, (double) i / n);
        }
      }
    }
    int change = Math.max(1, numIntervals / 50);
    for (int step = 0; step < numIntervals; step++) {
      Labels l = Labels.of("__name__", "sparse", "l", Integer.toString(step / change));
      s.add(l, step * INTERVAL, step);
    }
    return s;
  }

  private static void add(Storage s, Labels l, int numIntervals, double offset) {
    for (int step = 0; step < numIntervals; step++) {
      s.add(l, step * INTERVAL, step + offset);
    }
  }
}
