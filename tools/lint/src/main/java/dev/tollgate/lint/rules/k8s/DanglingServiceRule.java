package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.WARNING;

import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.Labels;
import dev.tollgate.lint.rules.Nodes;
import dev.tollgate.lint.rules.WorkspaceIndex;
import java.util.Map;
import java.util.Set;

/**
 * kube-linter {@code dangling-service}, but Rollouts (and workloadRef Rollouts) count as workloads,
 * fixing its false positive when a Deployment is replaced by a Rollout (stackrox/kube-linter#848).
 * The {@code rollouts-pod-template-hash} label is added by the Rollouts controller at run time, so
 * it is ignored in selectors.
 */
@RuleInfo(
    id = "k8s-dangling-service",
    severity = WARNING,
    appliesTo = {"Service"},
    summary = "A Service's selector must match the pods of some workload in the tree.",
    remediation = "Fix the selector to match a workload's pod template labels, or remove it.")
public final class DanglingServiceRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Set.of("Service");
  }

  @Override
  protected void check(KubeObject service, Workspace workspace, Findings findings) {
    if (service.root().text("spec", "type").orElse("").equals("ExternalName")) {
      return;
    }
    Map<String, String> selector = Labels.of(service.root(), "spec", "selector");
    selector.remove("rollouts-pod-template-hash");
    if (selector.isEmpty()) {
      return;
    }
    if (WorkspaceIndex.of(workspace).workloadsSelectedBy(selector, service.namespace()).isEmpty()) {
      findings.report(
          service,
          Nodes.keyOf(service.root().map("spec").orElseThrow(), "selector"),
          String.format(
              "Service \"%s\" selector %s matches no workload's pods", service.name(), selector));
    }
  }
}
