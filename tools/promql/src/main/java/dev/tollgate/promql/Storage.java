package dev.tollgate.promql;

import dev.tollgate.promql.ast.LabelMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An in-memory series store: per series, timestamps and values in sorted primitive arrays, so
 * window look-ups are binary searches without boxing.
 *
 * <p>Selections list series by metric name, then in creation order. Float sums depend on that order
 * in their last bits; within one metric it is creation order as in Prometheus's head, and across
 * metrics a fixed name order keeps it independent of how a rule loop interleaved the creation of
 * different metrics.
 */
public final class Storage {
  /** Prometheus's stale marker, {@code value.StaleNaN}. */
  public static final long STALE_NAN_BITS = 0x7ff0000000000002L;

  public static final double STALE_NAN = Double.longBitsToDouble(STALE_NAN_BITS);

  private final Map<Labels, StoredSeries> series = new HashMap<>();
  private final Map<String, List<StoredSeries>> byName = new TreeMap<>();

  /**
   * Selections by matcher list, valid while no series is created: rule tests run the same selectors
   * at every step against a series set that rarely changes.
   */
  private final Map<List<LabelMatcher>, List<StoredSeries>> selections = new HashMap<>();

  public static boolean isStaleMarker(double v) {
    return Double.doubleToRawLongBits(v) == STALE_NAN_BITS;
  }

  /** Adds a sample; a sample at an existing timestamp replaces the old value. */
  public void add(Labels labels, long timestampMillis, double value) {
    seriesFor(labels).add(timestampMillis, value);
  }

  /**
   * Adds the first {@code n} samples of a series. A new series with ascending timestamps takes the
   * arrays themselves, which matters when tests load millions of samples: the caller must not use
   * them afterwards.
   */
  public void adopt(Labels labels, long[] timestamps, double[] values, int n) {
    StoredSeries s = seriesFor(labels);
    if (s.size == 0 && n > 0 && strictlyAscending(timestamps, n)) {
      s.ts = timestamps;
      s.vs = values;
      s.size = n;
      return;
    }
    for (int i = 0; i < n; i++) {
      s.add(timestamps[i], values[i]);
    }
  }

  private static boolean strictlyAscending(long[] ts, int n) {
    for (int i = 1; i < n; i++) {
      if (ts[i] <= ts[i - 1]) {
        return false;
      }
    }
    return true;
  }

  public void addStaleMarker(Labels labels, long timestampMillis) {
    add(labels, timestampMillis, STALE_NAN);
  }

  public void clear() {
    series.clear();
    byName.clear();
    selections.clear();
  }

  public int seriesCount() {
    return series.size();
  }

  /** All series (read-only views), by metric name, then in creation order. */
  public List<StoredSeries> allSeries() {
    List<StoredSeries> all = new ArrayList<>(series.size());
    byName.values().forEach(all::addAll);
    return all;
  }

  /** The series matching every matcher (a read-only list). */
  public List<StoredSeries> select(List<LabelMatcher> matchers) {
    List<StoredSeries> selected = selections.get(matchers);
    if (selected == null) {
      selected = java.util.Collections.unmodifiableList(selectUncached(matchers));
      selections.put(List.copyOf(matchers), selected);
    }
    return selected;
  }

  private List<StoredSeries> selectUncached(List<LabelMatcher> matchers) {
    List<StoredSeries> candidates = null;
    for (LabelMatcher m : matchers) {
      if (m.name().equals(Labels.METRIC_NAME) && m.type() == LabelMatcher.Type.EQ) {
        candidates = byName.getOrDefault(m.value(), List.of());
        break;
      }
    }
    if (candidates == null) {
      candidates = allSeries();
    }
    List<StoredSeries> out = new ArrayList<>();
    for (StoredSeries s : candidates) {
      if (matchesAll(matchers, s.labels())) {
        out.add(s);
      }
    }
    return out;
  }

  private static boolean matchesAll(List<LabelMatcher> matchers, Labels labels) {
    for (LabelMatcher m : matchers) {
      if (!m.matches(labels.getOrEmpty(m.name()))) {
        return false;
      }
    }
    return true;
  }

  private StoredSeries seriesFor(Labels labels) {
    StoredSeries s = series.get(labels);
    if (s == null) {
      s = new StoredSeries(labels);
      series.put(labels, s);
      selections.clear();
      byName.computeIfAbsent(labels.getOrEmpty(Labels.METRIC_NAME), k -> new ArrayList<>()).add(s);
    }
    return s;
  }

  /** One stored series; arrays are sorted by timestamp. */
  public static final class StoredSeries {
    private final Labels labels;
    private long[] ts = new long[8];
    private double[] vs = new double[8];
    private int size;

    StoredSeries(Labels labels) {
      this.labels = labels;
    }

    public Labels labels() {
      return labels;
    }

    public int size() {
      return size;
    }

    public long timestampAt(int i) {
      return ts[i];
    }

    public double valueAt(int i) {
      return vs[i];
    }

    /** The backing timestamp array (read-only; valid up to {@link #size()}). */
    public long[] rawTimestamps() {
      return ts;
    }

    /** The backing value array (read-only; valid up to {@link #size()}). */
    public double[] rawValues() {
      return vs;
    }

    void add(long t, double v) {
      if (size > 0 && t <= ts[size - 1]) {
        int idx = Arrays.binarySearch(ts, 0, size, t);
        if (idx >= 0) {
          vs[idx] = v;
          return;
        }
        int at = -idx - 1;
        grow();
        System.arraycopy(ts, at, ts, at + 1, size - at);
        System.arraycopy(vs, at, vs, at + 1, size - at);
        ts[at] = t;
        vs[at] = v;
        size++;
        return;
      }
      grow();
      ts[size] = t;
      vs[size] = v;
      size++;
    }

    private void grow() {
      if (size == ts.length) {
        ts = Arrays.copyOf(ts, size * 2);
        vs = Arrays.copyOf(vs, size * 2);
      }
    }
  }
}
