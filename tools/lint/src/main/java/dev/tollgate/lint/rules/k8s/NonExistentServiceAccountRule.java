package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.WARNING;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.Nodes;
import dev.tollgate.lint.rules.WorkspaceIndex;

/**
 * kube-linter {@code non-existent-service-account}: a pod naming a ServiceAccount that nothing in
 * the tree creates is never scheduled ("serviceaccount not found").
 */
@RuleInfo(
    id = "k8s-non-existent-service-account",
    severity = WARNING,
    appliesTo = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Rollout"},
    summary = "The ServiceAccount a pod uses must exist in the tree.",
    remediation = "Add the ServiceAccount manifest, or fix serviceAccountName.")
public final class NonExistentServiceAccountRule extends PodRule {

  @Override
  protected void checkPod(
      KubeObject workload, YMap podSpec, Workspace workspace, Findings findings) {
    YNode node =
        podSpec.get("serviceAccountName").orElse(podSpec.get("serviceAccount").orElse(null));
    if (node == null) {
      return;
    }
    String name = Nodes.scalarText(node);
    if (name.isEmpty() || name.equals("default")) {
      return;
    }
    if (WorkspaceIndex.of(workspace)
        .named("ServiceAccount", workload.namespace(), name)
        .isEmpty()) {
      findings.report(
          workload,
          node,
          String.format(
              "%s \"%s\" uses ServiceAccount \"%s\", which is not in the tree",
              workload.kind(), workload.name(), name));
    }
  }
}
