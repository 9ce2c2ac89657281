package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.Labels;
import dev.tollgate.lint.rules.Nodes;
import dev.tollgate.lint.rules.WorkspaceIndex;
import dev.tollgate.lint.rules.WorkspaceIndex.Workload;
import java.util.OptionalLong;
import java.util.Set;

/**
 * kube-linter {@code pdb-min-available}: minAvailable of 100%, or at least the replicas of a
 * selected workload (replicas default to 1), leaves no pod evictable.
 */
@RuleInfo(
    id = "k8s-pdb-min-available",
    severity = ERROR,
    appliesTo = {"PodDisruptionBudget"},
    summary = "A PodDisruptionBudget's minAvailable must be below the replicas it protects.",
    remediation = "Lower minAvailable below the workload's replicas, or use maxUnavailable: 1.")
public final class PdbMinAvailableRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Set.of("PodDisruptionBudget");
  }

  @Override
  protected void check(KubeObject pdb, Workspace workspace, Findings findings) {
    YNode node = pdb.root().get("spec", "minAvailable").orElse(null);
    if (node == null) {
      return;
    }
    String text = Nodes.scalarText(node).trim();
    if (text.equals("100%")) {
      findings.report(
          pdb,
          node,
          String.format(
              "PodDisruptionBudget \"%s\" has minAvailable \"100%%\", so no pod can ever be"
                  + " evicted",
              pdb.name()));
      return;
    }
    OptionalLong min = Nodes.asLong(node);
    YMap selector = pdb.root().map("spec", "selector").orElse(null);
    if (min.isEmpty() || selector == null) {
      return;
    }
    WorkspaceIndex index = WorkspaceIndex.of(workspace);
    for (Workload w : index.candidates(Labels.of(selector, "matchLabels"))) {
      KubeObject o = w.object();
      if (!Set.of("Deployment", "StatefulSet", "ReplicaSet", "Rollout").contains(o.kind())
          || !WorkspaceIndex.sameNamespace(pdb.namespace(), w.namespace())
          || !Labels.selectorMatches(selector, w.podLabels())
          || (o.root().get("spec", "replicas").isPresent()
              && Nodes.longAt(o.root(), "spec", "replicas").isEmpty())) {
        continue;
      }
      long replicas = Nodes.longAt(o.root(), "spec", "replicas").orElse(1);
      if (min.getAsLong() >= replicas) {
        findings.report(
            pdb,
            node,
            String.format(
                "PodDisruptionBudget \"%s\" minAvailable %d is not below the %d replicas of %s"
                    + " \"%s\"",
                pdb.name(), min.getAsLong(), replicas, o.kind(), o.name()));
      }
    }
  }
}
