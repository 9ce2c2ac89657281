package dev.tollgate.lint.rules.k8s;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.rules.Nodes;
import java.util.OptionalLong;

/**
 * Shared by the probe-port rules: a probe's {@code httpGet}, {@code tcpSocket} or {@code grpc} port
 * must be one the container declares, by number or by name.
 */
final class ProbePorts {
  private ProbePorts() {}

  static void check(
      KubeObject workload, YMap container, String name, String probe, Findings findings) {
    for (String handler : new String[] {"httpGet", "tcpSocket", "grpc"}) {
      YNode port = container.get(probe, handler, "port").orElse(null);
      if (port == null || exposes(container, port)) {
        continue;
      }
      findings.report(
          workload,
          port,
          String.format(
              "container \"%s\" %s port \"%s\" is not exposed by the container",
              name, probe, Nodes.scalarText(port)));
    }
  }

  private static boolean exposes(YMap container, YNode port) {
    OptionalLong number = Nodes.asLong(port);
    String text = Nodes.scalarText(port);
    for (YMap declared : Nodes.maps(container, "ports")) {
      if (number.isPresent()) {
        OptionalLong containerPort = Nodes.longAt(declared, "containerPort");
        if (containerPort.isPresent() && containerPort.getAsLong() == number.getAsLong()) {
          return true;
        }
      } else if (declared.text("name").map(text::equals).orElse(false)) {
        return true;
      }
    }
    return false;
  }
}
