package dev.tollgate.promql.eval;

/**
 * Index searches in a series' sorted timestamps. Steps of a query visit times in increasing order,
 * so each search starts where the previous step's ended: a few linear probes cover the common case
 * of a handful of samples per step, and a binary search the rest.
 */
final class Windows {
  private static final int LINEAR_PROBES = 4;

  private Windows() {}

  /** First index in {@code [from, n)} whose timestamp is {@code > t} (or n). */
  static int firstAfter(long[] ts, int n, int from, long t) {
    int i = from;
    for (int k = 0; k < LINEAR_PROBES; k++) {
      if (i >= n || ts[i] > t) {
        return i;
      }
      i++;
    }
    return upperBound(ts, i, n, t);
  }

  /** First index in {@code [from, n)} whose timestamp is {@code >= t} (or n). */
  static int firstAtOrAfter(long[] ts, int n, int from, long t) {
    int i = from;
    for (int k = 0; k < LINEAR_PROBES; k++) {
      if (i >= n || ts[i] >= t) {
        return i;
      }
      i++;
    }
    return lowerBound(ts, i, n, t);
  }

  private static int upperBound(long[] ts, int lo, int hi, long t) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ts[mid] <= t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int lowerBound(long[] ts, int lo, int hi, long t) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ts[mid] < t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
