package dev.tollgate.lint.rules.k8s;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.rules.Nodes;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shared by the unset-requirements rules: a missing or zero quantity counts as unset. */
final class Resources {
  private Resources() {}

  private static final Pattern NUMBER = Pattern.compile("^([+-]?[0-9.]+)");

  static void requireSet(
      KubeObject workload,
      YMap container,
      String name,
      String kind,
      String resource,
      Findings findings) {
    Optional<YNode> node = container.get("resources", kind, resource);
    if (node.isEmpty() || isZero(Nodes.scalarText(node.get()))) {
      String singular = kind.equals("requests") ? "request" : "limit";
      findings.report(
          workload,
          node.orElseGet(() -> missingAt(container, kind)),
          String.format("container \"%s\" has %s %s 0", name, resource, singular));
    }
  }

  /** The deepest existing key on the way to the missing quantity. */
  private static YNode missingAt(YMap container, String kind) {
    YMap resources = container.map("resources").orElse(null);
    if (resources == null) {
      return container;
    }
    return resources.has(kind) ? Nodes.keyOf(resources, kind) : Nodes.keyOf(container, "resources");
  }

  static boolean isZero(String quantity) {
    Matcher m = NUMBER.matcher(quantity.trim());
    if (!m.find()) {
      return true;
    }
    try {
      return Double.parseDouble(m.group(1)) == 0.0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
