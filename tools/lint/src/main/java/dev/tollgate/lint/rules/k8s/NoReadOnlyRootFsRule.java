package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.WARNING;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.rules.Nodes;

/** kube-linter {@code no-read-only-root-fs}, Polaris {@code notReadOnlyRootFilesystem}. */
@RuleInfo(
    id = "k8s-no-read-only-root-fs",
    severity = WARNING,
    appliesTo = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Rollout"},
    summary = "Containers should run with a read-only root filesystem.",
    remediation =
        "Set securityContext.readOnlyRootFilesystem: true and mount writable paths as volumes.")
public final class NoReadOnlyRootFsRule extends ContainerRule {

  @Override
  protected void checkContainer(
      KubeObject workload, YMap podSpec, YMap container, String name, Findings findings) {
    if (!Nodes.isTrue(container, "securityContext", "readOnlyRootFilesystem")) {
      findings.report(
          workload,
          container.get("securityContext", "readOnlyRootFilesystem").orElse(container),
          String.format("container \"%s\" does not have a read-only root file system", name));
    }
  }
}
