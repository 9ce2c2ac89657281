package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;

/** kube-linter {@code docker-sock}: the Docker socket gives root on the node. */
@RuleInfo(
    id = "k8s-docker-sock",
    severity = ERROR,
    appliesTo = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Rollout"},
    summary = "Pods must not mount the host's Docker socket.",
    remediation = "Remove the hostPath volume for /var/run/docker.sock.")
public final class DockerSockRule extends PodRule {

  @Override
  protected void checkPod(
      KubeObject workload, YMap podSpec, Workspace workspace, Findings findings) {
    HostMounts.check(workload, podSpec, p -> p.equals("/var/run/docker.sock"), findings);
  }
}
