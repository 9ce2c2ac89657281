package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.rules.Nodes;

/**
 * kube-linter {@code privilege-escalation-container}: {@code allowPrivilegeEscalation: true}, or
 * the {@code SYS_ADMIN} capability, which makes escalation possible whatever the flag says.
 */
@RuleInfo(
    id = "k8s-privilege-escalation-container",
    severity = ERROR,
    appliesTo = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Rollout"},
    summary = "Containers must not allow privilege escalation.",
    remediation = "Set securityContext.allowPrivilegeEscalation to false and do not add SYS_ADMIN.")
public final class PrivilegeEscalationContainerRule extends ContainerRule {

  @Override
  protected void checkContainer(
      KubeObject workload, YMap podSpec, YMap container, String name, Findings findings) {
    if (Nodes.isTrue(container, "securityContext", "allowPrivilegeEscalation")) {
      findings.report(
          workload,
          container.get("securityContext", "allowPrivilegeEscalation").orElseThrow(),
          String.format("container \"%s\" has allowPrivilegeEscalation set to true", name));
    }
    for (YNode cap : container.items("securityContext", "capabilities", "add")) {
      String text = Nodes.scalarText(cap);
      if (text.equals("SYS_ADMIN") || text.equals("CAP_SYS_ADMIN")) {
        findings.report(
            workload,
            cap,
            String.format(
                "container \"%s\" adds capability \"%s\", which allows privilege escalation",
                name, text));
      }
    }
  }
}
