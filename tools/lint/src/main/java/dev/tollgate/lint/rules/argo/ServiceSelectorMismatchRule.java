package dev.tollgate.lint.rules.argo;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.Labels;
import dev.tollgate.lint.rules.WorkspaceIndex;
import java.util.Map;
import java.util.Set;

/**
 * validation_references.go {@code ValidateService}: each selector label of a Service the Rollout
 * uses (except {@code rollouts-pod-template-hash}) must equal the pod template's label, or the
 * stable/canary/active/preview metadata label of that Service's role; and the Service must not be
 * managed by another Rollout.
 */
@RuleInfo(
    id = "argo-service-selector-mismatch",
    severity = ERROR,
    appliesTo = {"Rollout"},
    summary = "Services a Rollout uses must select its pod template labels.",
    remediation = "Make the Service selector a subset of the Rollout's pod template labels.")
public final class ServiceSelectorMismatchRule extends ObjectRule {

  private static final String MANAGED_BY = "argo-rollouts.argoproj.io/managed-by-rollouts";

  @Override
  protected Set<String> kinds() {
    return Set.of("Rollout");
  }

  @Override
  protected void check(KubeObject rollout, Workspace workspace, Findings findings) {
    Map<String, String> labels = WorkspaceIndex.podLabels(workspace, rollout);
    WorkspaceIndex index = WorkspaceIndex.of(workspace);
    checkRole(rollout, index, labels, "canary", "canaryService", "canaryMetadata", findings);
    checkRole(rollout, index, labels, "canary", "stableService", "stableMetadata", findings);
    checkRole(rollout, index, labels, "blueGreen", "activeService", "activeMetadata", findings);
    checkRole(rollout, index, labels, "blueGreen", "previewService", "previewMetadata", findings);
  }

  private static void checkRole(
      KubeObject rollout,
      WorkspaceIndex index,
      Map<String, String> labels,
      String strategy,
      String field,
      String metadataField,
      Findings findings) {
    YMap s = rollout.root().map("spec", "strategy", strategy).orElse(null);
    YNode nameNode = s == null ? null : s.get(field).orElse(null);
    if (nameNode == null) {
      return;
    }
    String name = s.text(field).orElse("");
    Map<String, String> roleLabels = Labels.of(s, metadataField, "labels");
    for (KubeObject service : index.named("Service", rollout.namespace(), name)) {
      Labels.of(service.root(), "spec", "selector")
          .forEach(
              (key, value) -> {
                if (key.equals("rollouts-pod-template-hash")
                    || value.equals(labels.get(key))
                    || value.equals(roleLabels.get(key))) {
                  return;
                }
                findings.report(
                    rollout,
                    nameNode,
                    String.format("Service \"%s\" has unmatch label \"%s\" in rollout", name, key));
              });
      String manager = service.annotations().getOrDefault(MANAGED_BY, "");
      if (!manager.isEmpty() && !manager.equals(rollout.name())) {
        findings.report(
            rollout,
            nameNode,
            String.format("Service \"%s\" is managed by another Rollout (\"%s\")", name, manager));
      }
    }
  }
}
