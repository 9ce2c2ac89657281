package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.WorkspaceIndex;
import java.util.Set;

/**
 * Argo CD common mistake: {@code spec.replicas} in Git while an HPA scales the object makes Argo CD
 * and the HPA fight (argo-cd #5105, #1079; argo-rollouts #3689). Reported on the scaled object so
 * its own ignore annotation applies.
 */
@RuleInfo(
    id = "k8s-hpa-target-replicas",
    severity = ERROR,
    appliesTo = {"HorizontalPodAutoscaler"},
    summary = "An object scaled by a HorizontalPodAutoscaler must not set spec.replicas in Git.",
    remediation = "Remove spec.replicas from the scaled object and let the autoscaler own it.")
public final class HpaTargetReplicasRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Set.of("HorizontalPodAutoscaler");
  }

  @Override
  protected void check(KubeObject hpa, Workspace workspace, Findings findings) {
    String kind = hpa.root().text("spec", "scaleTargetRef", "kind").orElse("");
    String name = hpa.root().text("spec", "scaleTargetRef", "name").orElse("");
    for (KubeObject target : WorkspaceIndex.of(workspace).named(kind, hpa.namespace(), name)) {
      target
          .root()
          .get("spec", "replicas")
          .ifPresent(
              node ->
                  findings.report(
                      target,
                      node,
                      String.format(
                          "%s \"%s\" sets spec.replicas while HorizontalPodAutoscaler \"%s\""
                              + " scales it",
                          target.kind(), target.name(), hpa.name())));
    }
  }
}
