package dev.tollgate.lint.rules;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Label maps and Kubernetes label selectors (matchLabels + matchExpressions). */
public final class Labels {
  private Labels() {}

  /** The string entries of a map node; non-scalar values are skipped. */
  public static Map<String, String> of(YNode node, String... path) {
    Map<String, String> out = new LinkedHashMap<>();
    node.map(path)
        .ifPresent(
            m ->
                m.entries()
                    .forEach(
                        (k, e) -> {
                          if (e.value() instanceof YScalar s) {
                            out.put(k, s.isNull() ? "" : s.text());
                          }
                        }));
    return out;
  }

  /** True when every pair of {@code selector} appears in {@code labels}. */
  public static boolean subsetOf(Map<String, String> selector, Map<String, String> labels) {
    for (Map.Entry<String, String> e : selector.entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a {@code metav1.LabelSelector} node ({@code matchLabels}, {@code matchExpressions})
   * matches {@code labels}. An empty selector matches everything, as in Kubernetes.
   */
  public static boolean selectorMatches(YMap selector, Map<String, String> labels) {
    if (!subsetOf(of(selector, "matchLabels"), labels)) {
      return false;
    }
    for (YMap expr : Nodes.maps(selector, "matchExpressions")) {
      String key = expr.text("key").orElse("");
      String op = expr.text("operator").orElse("");
      List<String> values = new ArrayList<>();
      expr.items("values").forEach(v -> values.add(Nodes.scalarText(v)));
      boolean has = labels.containsKey(key);
      boolean ok =
          switch (op) {
            case "In" -> has && values.contains(labels.get(key));
            case "NotIn" -> !has || !values.contains(labels.get(key));
            case "Exists" -> has;
            case "DoesNotExist" -> !has;
            default -> false;
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
