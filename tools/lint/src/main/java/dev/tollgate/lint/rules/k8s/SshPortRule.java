package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.WARNING;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.rules.Nodes;

/** kube-linter {@code ssh-port}: an SSH server in a container is a back door. */
@RuleInfo(
    id = "k8s-ssh-port",
    severity = WARNING,
    appliesTo = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Rollout"},
    summary = "Containers should not expose SSH (port 22).",
    remediation = "Remove port 22; use kubectl exec or debug containers instead.")
public final class SshPortRule extends ContainerRule {

  @Override
  protected void checkContainer(
      KubeObject workload, YMap podSpec, YMap container, String name, Findings findings) {
    for (YMap port : Nodes.maps(container, "ports")) {
      String protocol = port.text("protocol").orElse("TCP");
      if (Nodes.longAt(port, "containerPort").orElse(-1) == 22 && protocol.equals("TCP")) {
        findings.report(
            workload,
            port.get("containerPort").orElseThrow(),
            String.format("container \"%s\" exposes port 22 (TCP), the SSH port", name));
      }
    }
  }
}
