package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;

/** kube-linter {@code host-pid}: sharing the host process ID namespace breaks pod isolation. */
@RuleInfo(
    id = "k8s-host-pid",
    severity = ERROR,
    appliesTo = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Rollout"},
    summary = "Pods must not share the host process ID namespace.",
    remediation = "Remove hostPID from the pod spec.")
public final class HostPidRule extends PodRule {

  @Override
  protected void checkPod(
      KubeObject workload, YMap podSpec, Workspace workspace, Findings findings) {
    HostNamespaces.check(workload, podSpec, "hostPID", findings);
  }
}
