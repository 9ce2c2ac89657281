package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;

/** kube-linter {@code host-network}: sharing the host network namespace breaks pod isolation. */
@RuleInfo(
    id = "k8s-host-network",
    severity = ERROR,
    appliesTo = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Rollout"},
    summary = "Pods must not share the host network namespace.",
    remediation = "Remove hostNetwork from the pod spec.")
public final class HostNetworkRule extends PodRule {

  @Override
  protected void checkPod(
      KubeObject workload, YMap podSpec, Workspace workspace, Findings findings) {
    HostNamespaces.check(workload, podSpec, "hostNetwork", findings);
  }
}
