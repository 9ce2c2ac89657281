package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.WARNING;

import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.Nodes;
import java.util.Set;

/**
 * kube-linter {@code pdb-unhealthy-pod-eviction-policy}: without it, crash-looping pods count
 * against the budget and can block node drains.
 */
@RuleInfo(
    id = "k8s-pdb-unhealthy-pod-eviction-policy",
    severity = WARNING,
    appliesTo = {"PodDisruptionBudget"},
    summary = "A PodDisruptionBudget should set unhealthyPodEvictionPolicy explicitly.",
    remediation = "Set spec.unhealthyPodEvictionPolicy: AlwaysAllow.")
public final class PdbUnhealthyPodEvictionPolicyRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Set.of("PodDisruptionBudget");
  }

  @Override
  protected void check(KubeObject pdb, Workspace workspace, Findings findings) {
    if (pdb.root().get("spec", "unhealthyPodEvictionPolicy").isEmpty()) {
      findings.report(
          pdb,
          Nodes.keyOf(pdb.root(), "spec"),
          String.format(
              "PodDisruptionBudget \"%s\" does not set unhealthyPodEvictionPolicy", pdb.name()));
    }
  }
}
