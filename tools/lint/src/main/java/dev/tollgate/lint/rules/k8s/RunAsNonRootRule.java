package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.rules.Nodes;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * kube-linter {@code run-as-non-root}, Polaris {@code runAsRootAllowed}: the container's effective
 * security context (container fields override the pod's) must set {@code runAsNonRoot: true} or a
 * non-zero {@code runAsUser}, and must not pick the root group.
 */
@RuleInfo(
    id = "k8s-run-as-non-root",
    severity = ERROR,
    appliesTo = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Rollout"},
    summary = "Containers must run as a non-root user and group.",
    remediation = "Set securityContext.runAsNonRoot: true and a non-zero runAsUser and runAsGroup.")
public final class RunAsNonRootRule extends ContainerRule {

  @Override
  protected void checkContainer(
      KubeObject workload, YMap podSpec, YMap container, String name, Findings findings) {
    Optional<YNode> user = effective(podSpec, container, "runAsUser");
    Optional<YNode> nonRoot = effective(podSpec, container, "runAsNonRoot");
    Optional<YNode> group = effective(podSpec, container, "runAsGroup");
    OptionalLong uid = user.map(Nodes::asLong).orElse(OptionalLong.empty());
    if (uid.isPresent() && uid.getAsLong() == 0) {
      findings.report(
          workload, user.get(), String.format("container \"%s\" runs as root (runAsUser 0)", name));
    } else if (uid.isEmpty() && !nonRoot.map(n -> Nodes.isTrue(n)).orElse(false)) {
      findings.report(
          workload,
          nonRoot.orElse(container),
          String.format("container \"%s\" is not set to runAsNonRoot", name));
    }
    OptionalLong gid = group.map(Nodes::asLong).orElse(OptionalLong.empty());
    if (gid.isPresent() && gid.getAsLong() == 0) {
      findings.report(
          workload,
          group.get(),
          String.format("container \"%s\" runs with the root group (runAsGroup 0)", name));
    }
  }

  private static Optional<YNode> effective(YMap podSpec, YMap container, String field) {
    Optional<YNode> own = container.get("securityContext", field);
    return own.isPresent() ? own : podSpec.get("securityContext", field);
  }
}
