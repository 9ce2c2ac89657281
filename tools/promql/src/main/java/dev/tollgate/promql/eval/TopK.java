package dev.tollgate.promql.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * topk/bottomk exactly as Prometheus picks and orders them: a Go container/heap of k elements (so
 * ties resolve the same way), then Go's insertion sort of the reversed heap.
 */
final class TopK {
  private TopK() {}

  /** Go's vectorByValueHeap (topk) or vectorByReverseValueHeap (bottomk) ordering. */
  private static boolean less(List<Smp> h, int i, int j, boolean top) {
    double vi = h.get(i).f;
    double vj = h.get(j).f;
    if (Double.isNaN(vi)) {
      return true;
    }
    return top ? vi < vj : vi > vj;
  }

  static List<Smp> select(List<Smp> members, int k, boolean top) {
    List<Smp> heap = new ArrayList<>(k);
    for (Smp s : members) {
      if (heap.size() < k) {
        heap.add(s);
        up(heap, heap.size() - 1, top);
        continue;
      }
      double first = heap.get(0).f;
      boolean replace =
          top
              ? first < s.f || (Double.isNaN(first) && !Double.isNaN(s.f))
              : first > s.f || (Double.isNaN(first) && !Double.isNaN(s.f));
      if (replace) {
        heap.set(0, s);
        if (k > 1 && !down(heap, 0, heap.size(), top)) {
          up(heap, 0, top);
        }
      }
    }
    // sort.Sort(sort.Reverse(heap)): insertion sort with Less(j, j-1) = heapLess(j-1, j).
    if (heap.size() > 1) {
      for (int i = 1; i < heap.size(); i++) {
        for (int j = i; j > 0 && less(heap, j - 1, j, top); j--) {
          swap(heap, j, j - 1);
        }
      }
    }
    return heap;
  }

  private static void swap(List<Smp> h, int i, int j) {
    Smp t = h.get(i);
    h.set(i, h.get(j));
    h.set(j, t);
  }

  private static void up(List<Smp> h, int j, boolean top) {
    while (true) {
      int i = (j - 1) / 2;
      if (i == j || !less(h, j, i, top)) {
        break;
      }
      swap(h, i, j);
      j = i;
    }
  }

  private static boolean down(List<Smp> h, int i0, int n, boolean top) {
    int i = i0;
    while (true) {
      int j1 = 2 * i + 1;
      if (j1 >= n || j1 < 0) {
        break;
      }
      int j = j1;
      int j2 = j1 + 1;
      if (j2 < n && less(h, j2, j1, top)) {
        j = j2;
      }
      if (!less(h, j, i, top)) {
        break;
      }
      swap(h, i, j);
      i = j;
    }
    return i > i0;
  }
}
