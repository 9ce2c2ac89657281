package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.WARNING;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.RuleInfo;

/**
 * kube-linter {@code unset-cpu-requirements}: only the request is required (CPU limits throttle, so
 * kube-linter does not ask for them).
 */
@RuleInfo(
    id = "k8s-unset-cpu-requirements",
    severity = WARNING,
    appliesTo = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Rollout"},
    summary = "Containers should request CPU so the scheduler can place them.",
    remediation = "Set resources.requests.cpu (e.g. 100m).")
public final class UnsetCpuRequirementsRule extends ContainerRule {

  @Override
  protected void checkContainer(
      KubeObject workload, YMap podSpec, YMap container, String name, Findings findings) {
    Resources.requireSet(workload, container, name, "requests", "cpu", findings);
  }
}
