package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.WARNING;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.RuleInfo;

/** kube-linter {@code unset-memory-requirements}: both the request and the limit. */
@RuleInfo(
    id = "k8s-unset-memory-requirements",
    severity = WARNING,
    appliesTo = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Rollout"},
    summary = "Containers should set a memory request and limit.",
    remediation = "Set resources.requests.memory and resources.limits.memory (e.g. 256Mi).")
public final class UnsetMemoryRequirementsRule extends ContainerRule {

  @Override
  protected void checkContainer(
      KubeObject workload, YMap podSpec, YMap container, String name, Findings findings) {
    Resources.requireSet(workload, container, name, "requests", "memory", findings);
    Resources.requireSet(workload, container, name, "limits", "memory", findings);
  }
}
