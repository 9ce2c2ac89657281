package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.Nodes;
import java.util.Set;

/** kube-linter {@code pdb-max-unavailable}: maxUnavailable 0 blocks every voluntary eviction. */
@RuleInfo(
    id = "k8s-pdb-max-unavailable",
    severity = ERROR,
    appliesTo = {"PodDisruptionBudget"},
    summary = "A PodDisruptionBudget must allow at least one pod to be unavailable.",
    remediation = "Set maxUnavailable to 1 or more (or a non-zero percentage).")
public final class PdbMaxUnavailableRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Set.of("PodDisruptionBudget");
  }

  @Override
  protected void check(KubeObject pdb, Workspace workspace, Findings findings) {
    pdb.root()
        .get("spec", "maxUnavailable")
        .ifPresent(
            node -> {
              String text = Nodes.scalarText(node).trim();
              if (text.equals("0") || text.equals("0%")) {
                findings.report(
                    pdb,
                    node,
                    String.format(
                        "PodDisruptionBudget \"%s\" has maxUnavailable \"%s\", so no pod can"
                            + " ever be evicted",
                        pdb.name(), text));
              }
            });
  }
}
