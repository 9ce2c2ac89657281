package dev.tollgate.rules.unittest;

import dev.tollgate.promql.GoStrings;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;

/** Prometheus's {@code labels.Labels} printing and ordering for promtool's failure texts. */
final class PromLabels {
  private PromLabels() {}

  /** {@code {__name__="up", job="api"}}: every label in name order, values Go-quoted. */
  static String format(SortedMap<String, String> labels) {
    StringBuilder sb = new StringBuilder("{");
    boolean first = true;
    for (Map.Entry<String, String> e : labels.entrySet()) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      sb.append(e.getKey()).append('=').append(GoStrings.quote(e.getValue()));
    }
    return sb.append('}').toString();
  }

  /** {@code labels.Compare}: label by label (name, then value), then the shorter first. */
  static int compare(SortedMap<String, String> a, SortedMap<String, String> b) {
    Iterator<Map.Entry<String, String>> ia = a.entrySet().iterator();
    Iterator<Map.Entry<String, String>> ib = b.entrySet().iterator();
    while (ia.hasNext() && ib.hasNext()) {
      Map.Entry<String, String> x = ia.next();
      Map.Entry<String, String> y = ib.next();
      int c = x.getKey().compareTo(y.getKey());
      if (c != 0) {
        return c;
      }
      c = x.getValue().compareTo(y.getValue());
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
