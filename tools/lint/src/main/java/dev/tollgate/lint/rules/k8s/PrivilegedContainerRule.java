package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.rules.Nodes;

/** kube-linter {@code privileged-container}, Polaris {@code runAsPrivileged}. */
@RuleInfo(
    id = "k8s-privileged-container",
    severity = ERROR,
    appliesTo = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Rollout"},
    summary = "Containers must not run privileged.",
    remediation = "Remove securityContext.privileged, or grant only the capabilities needed.")
public final class PrivilegedContainerRule extends ContainerRule {

  @Override
  protected void checkContainer(
      KubeObject workload, YMap podSpec, YMap container, String name, Findings findings) {
    if (Nodes.isTrue(container, "securityContext", "privileged")) {
      findings.report(
          workload,
          container.get("securityContext", "privileged").orElseThrow(),
          String.format("container \"%s\" is privileged", name));
    }
  }
}
