package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import java.util.Set;

/** kube-linter {@code sensitive-host-mounts}: its default list of host system directories. */
@RuleInfo(
    id = "k8s-sensitive-host-mounts",
    severity = ERROR,
    appliesTo = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Rollout"},
    summary = "Pods must not mount sensitive host system directories.",
    remediation = "Remove the hostPath volume, or mount a narrower, non-system path read-only.")
public final class SensitiveHostMountsRule extends PodRule {

  private static final Set<String> SENSITIVE =
      Set.of("/", "/boot", "/dev", "/etc", "/lib", "/proc", "/sys", "/usr");

  @Override
  protected void checkPod(
      KubeObject workload, YMap podSpec, Workspace workspace, Findings findings) {
    HostMounts.check(workload, podSpec, SENSITIVE::contains, findings);
  }
}
