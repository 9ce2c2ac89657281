package dev.tollgate.promql.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * sort, sort_desc, sort_by_label(_desc). Order only matters for instant queries (one point per
 * series), so series are ordered by their first value.
 */
final class SortFunctions {
  private SortFunctions() {}

  static List<SeriesBuf> sort(String f, List<SeriesBuf> in, List<String> labels) {
    List<SeriesBuf> out = new ArrayList<>(in);
    Comparator<SeriesBuf> cmp;
    switch (f) {
      case "sort" -> cmp = (a, b) -> compareValues(first(a), first(b), false);
      case "sort_desc" -> cmp = (a, b) -> compareValues(first(a), first(b), true);
      default -> {
        boolean desc = f.equals("sort_by_label_desc");
        cmp =
            (a, b) -> {
              for (String l : labels) {
                String x = a.labels.getOrEmpty(l);
                String y = b.labels.getOrEmpty(l);
                if (x.equals(y)) {
                  continue;
                }
                int c = NaturalOrder.compare(x, y);
                return desc ? -c : c;
              }
              int c = a.labels.compareTo(b.labels);
              return desc ? -c : c;
            };
      }
    }
    out.sort(cmp);
    return out;
  }

  private static double first(SeriesBuf s) {
    return s.n == 0 ? Double.NaN : s.vs[0];
  }

  /** NaN always last. */
  private static int compareValues(double a, double b, boolean desc) {
    boolean an = Double.isNaN(a);
    boolean bn = Double.isNaN(b);
    if (an || bn) {
      return an == bn ? 0 : an ? 1 : -1;
    }
    return desc ? Double.compare(b, a) : Double.compare(a, b);
  }

  /** Natural ordering: digit runs compare numerically. */
  static final class NaturalOrder {
    private NaturalOrder() {}

    static int compare(String a, String b) {
      int i = 0;
      int j = 0;
      while (i < a.length() && j < b.length()) {
        char ca = a.charAt(i);
        char cb = b.charAt(j);
        if (Character.isDigit(ca) && Character.isDigit(cb)) {
          int si = i;
          int sj = j;
          while (i < a.length() && Character.isDigit(a.charAt(i))) {
            i++;
          }
          while (j < b.length() && Character.isDigit(b.charAt(j))) {
            j++;
          }
          java.math.BigInteger na = new java.math.BigInteger(a.substring(si, i));
          java.math.BigInteger nb = new java.math.BigInteger(b.substring(sj, j));
          int c = na.compareTo(nb);
          if (c != 0) {
            return c;
          }
          continue;
        }
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
      return Integer.compare(a.length() - i, b.length() - j);
    }
  }
}
