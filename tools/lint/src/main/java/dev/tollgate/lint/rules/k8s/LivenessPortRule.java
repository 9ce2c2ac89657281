package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.RuleInfo;

/** kube-linter {@code liveness-port}: a probe on an undeclared port never succeeds. */
@RuleInfo(
    id = "k8s-liveness-port",
    severity = ERROR,
    appliesTo = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Rollout"},
    summary = "The livenessProbe must target a port the container exposes.",
    remediation = "Point the livenessProbe at a declared containerPort (by number or name).")
public final class LivenessPortRule extends ContainerRule {

  @Override
  protected void checkContainer(
      KubeObject workload, YMap podSpec, YMap container, String name, Findings findings) {
    ProbePorts.check(workload, container, name, "livenessProbe", findings);
  }
}
