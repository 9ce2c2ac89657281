package dev.tollgate.rules.unittest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An alert as promtool compares and prints it: labels and annotations. */
record AlertText(TreeMap<String, String> labels, TreeMap<String, String> annotations)
    implements Comparable<AlertText> {

  AlertText(Map<String, String> labels, Map<String, String> annotations) {
    this(new TreeMap<>(labels), new TreeMap<>(annotations));
  }

  @Override
  public int compareTo(AlertText o) {
    int c = PromLabels.compare(labels, o.labels);
    return c != 0 ? c : PromLabels.compare(annotations, o.annotations);
  }

  @Override
  public String toString() {
    return "Labels:"
        + PromLabels.format(labels)
        + "\nAnnotations:"
        + PromLabels.format(annotations);
  }

  /** promtool's {@code labelsAndAnnotations.String()}. */
  static String listString(List<AlertText> alerts) {
    if (alerts.isEmpty()) {
      return "[]";
    }
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < alerts.size(); i++) {
      sb.append(i == 0 ? "\n" : ",\n").append(i).append(':');
      sb.append(("\n" + alerts.get(i)).replace("\n", "\n  "));
    }
    return sb.append("\n]").toString();
  }
}
