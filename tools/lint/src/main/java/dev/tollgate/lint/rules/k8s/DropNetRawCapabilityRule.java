package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.WARNING;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.rules.Nodes;

/** kube-linter {@code drop-net-raw-capability}: NET_RAW allows packet spoofing. */
@RuleInfo(
    id = "k8s-drop-net-raw-capability",
    severity = WARNING,
    appliesTo = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Rollout"},
    summary = "Containers should drop the NET_RAW capability.",
    remediation = "Add NET_RAW (or ALL) to securityContext.capabilities.drop.")
public final class DropNetRawCapabilityRule extends ContainerRule {

  @Override
  protected void checkContainer(
      KubeObject workload, YMap podSpec, YMap container, String name, Findings findings) {
    for (YNode cap : container.items("securityContext", "capabilities", "drop")) {
      String text = Nodes.scalarText(cap);
      if (text.equals("NET_RAW") || text.equals("CAP_NET_RAW") || text.equals("ALL")) {
        return;
      }
    }
    findings.report(
        workload,
        container.get("securityContext", "capabilities", "drop").orElse(container),
        String.format("container \"%s\" does not drop capability \"NET_RAW\"", name));
  }
}
