package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.WorkspaceIndex;
import java.util.Set;

/** kube-linter {@code dangling-horizontalpodautoscaler}, with Rollouts as scale targets. */
@RuleInfo(
    id = "k8s-dangling-hpa",
    severity = ERROR,
    appliesTo = {"HorizontalPodAutoscaler"},
    summary = "A HorizontalPodAutoscaler's scaleTargetRef must name an object in the tree.",
    remediation = "Fix scaleTargetRef kind and name, or remove the autoscaler.")
public final class DanglingHpaRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Set.of("HorizontalPodAutoscaler");
  }

  @Override
  protected void check(KubeObject hpa, Workspace workspace, Findings findings) {
    hpa.root()
        .get("spec", "scaleTargetRef", "name")
        .ifPresent(
            node -> {
              String kind = hpa.root().text("spec", "scaleTargetRef", "kind").orElse("");
              String name = hpa.root().text("spec", "scaleTargetRef", "name").orElse("");
              if (WorkspaceIndex.of(workspace).named(kind, hpa.namespace(), name).isEmpty()) {
                findings.report(
                    hpa,
                    node,
                    String.format(
                        "HorizontalPodAutoscaler \"%s\" targets %s \"%s\", which is not in the"
                            + " tree",
                        hpa.name(), kind, name));
              }
            });
  }
}
