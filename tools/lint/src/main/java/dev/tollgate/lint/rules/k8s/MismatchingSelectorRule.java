package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.Labels;
import dev.tollgate.lint.rules.Nodes;
import dev.tollgate.lint.rules.WorkspaceIndex;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * kube-linter {@code mismatching-selector}: the API server rejects a controller whose selector does
 * not match its template's labels ("selector does not match template labels"). For a workloadRef
 * Rollout the template is the referenced Deployment's.
 */
@RuleInfo(
    id = "k8s-mismatching-selector",
    severity = ERROR,
    appliesTo = {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "Rollout"},
    summary = "A workload's selector must match its pod template labels.",
    remediation = "Make spec.selector.matchLabels a subset of spec.template.metadata.labels.")
public final class MismatchingSelectorRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "Rollout");
  }

  @Override
  protected void check(KubeObject object, Workspace workspace, Findings findings) {
    Optional<YMap> selector = object.root().map("spec", "selector");
    Optional<YMap> template = WorkspaceIndex.podTemplate(workspace, object);
    if (selector.isEmpty() || template.isEmpty()) {
      return;
    }
    Map<String, String> labels = Labels.of(template.get(), "metadata", "labels");
    if (!Labels.selectorMatches(selector.get(), labels)) {
      findings.report(
          object,
          Nodes.keyOf(object.root().map("spec").orElseThrow(), "selector"),
          String.format(
              "%s \"%s\" selector %s does not match its pod template labels %s",
              object.kind(), object.name(), selector.get().toJava(), labels));
    }
  }
}
