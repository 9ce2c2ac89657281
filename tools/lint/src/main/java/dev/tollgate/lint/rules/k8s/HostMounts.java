package dev.tollgate.lint.rules.k8s;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.rules.Nodes;
import java.util.function.Predicate;

/** Shared by the hostPath rules: reports each hostPath volume whose path matches. */
final class HostMounts {
  private HostMounts() {}

  static void check(
      KubeObject workload, YMap podSpec, Predicate<String> sensitive, Findings findings) {
    for (YMap volume : Nodes.maps(podSpec, "volumes")) {
      YNode pathNode = volume.get("hostPath", "path").orElse(null);
      if (pathNode == null) {
        continue;
      }
      String path = normalize(Nodes.scalarText(pathNode));
      if (sensitive.test(path)) {
        findings.report(
            workload,
            pathNode,
            String.format(
                "volume \"%s\" mounts host path \"%s\"",
                volume.text("name").orElse(""), Nodes.scalarText(pathNode)));
      }
    }
  }

  /** Drops trailing slashes so "/etc/" and "/etc" are the same directory. */
  static String normalize(String path) {
    String out = path;
    while (out.length() > 1 && out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }
}
