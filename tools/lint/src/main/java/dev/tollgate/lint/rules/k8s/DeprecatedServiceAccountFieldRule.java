package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.WARNING;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;

/** kube-linter {@code deprecated-service-account-field}: {@code serviceAccount} is deprecated. */
@RuleInfo(
    id = "k8s-deprecated-service-account-field",
    severity = WARNING,
    appliesTo = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Rollout"},
    summary = "Pods should use serviceAccountName, not the deprecated serviceAccount field.",
    remediation = "Rename serviceAccount to serviceAccountName.")
public final class DeprecatedServiceAccountFieldRule extends PodRule {

  @Override
  protected void checkPod(
      KubeObject workload, YMap podSpec, Workspace workspace, Findings findings) {
    podSpec
        .get("serviceAccount")
        .ifPresent(
            node ->
                findings.report(
                    workload,
                    node,
                    String.format(
                        "%s \"%s\" uses deprecated field serviceAccount",
                        workload.kind(), workload.name())));
  }
}
