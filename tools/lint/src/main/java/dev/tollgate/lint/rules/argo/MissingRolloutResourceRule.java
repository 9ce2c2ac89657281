package dev.tollgate.lint.rules.argo;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.Nodes;
import dev.tollgate.lint.rules.WorkspaceIndex;
import java.util.List;
import java.util.Set;

/**
 * The Services, Ingresses and VirtualServices a Rollout names must exist, and each stable Ingress
 * must route to the stable (or ALB root) Service (validation_references.go {@code reportErrors}:
 * "ingress `x` has no rules using service y backend"). The controller otherwise stops with
 * InvalidSpec when the rollout first runs.
 */
@RuleInfo(
    id = "argo-missing-rollout-resource",
    severity = ERROR,
    appliesTo = {"Rollout"},
    summary = "The Services, Ingresses and VirtualServices a Rollout references must exist.",
    remediation = "Add the missing object to the tree or fix the name in the Rollout.")
public final class MissingRolloutResourceRule extends ObjectRule {

  private static final List<List<String>> SERVICE_FIELDS =
      List.of(
          List.of("canary", "canaryService"),
          List.of("canary", "stableService"),
          List.of("canary", "pingPong", "pingService"),
          List.of("canary", "pingPong", "pongService"),
          List.of("canary", "trafficRouting", "alb", "rootService"),
          List.of("blueGreen", "activeService"),
          List.of("blueGreen", "previewService"));

  @Override
  protected Set<String> kinds() {
    return Set.of("Rollout");
  }

  @Override
  protected void check(KubeObject rollout, Workspace workspace, Findings findings) {
    YMap strategy = rollout.root().map("spec", "strategy").orElse(null);
    if (strategy == null) {
      return;
    }
    WorkspaceIndex index = WorkspaceIndex.of(workspace);
    for (List<String> path : SERVICE_FIELDS) {
      strategy
          .get(path.toArray(new String[0]))
          .ifPresent(node -> requireExists(rollout, index, "Service", node, findings));
    }
    YMap canary = strategy.map("canary").orElse(null);
    if (canary == null) {
      return;
    }
    String backend =
        canary
            .text("trafficRouting", "alb", "rootService")
            .filter(s -> !s.isEmpty())
            .orElse(canary.text("stableService").orElse(""));
    for (YNode ingress : ingressNames(canary)) {
      KubeObject found = requireExists(rollout, index, "Ingress", ingress, findings);
      if (found != null && !backend.isEmpty() && !routesTo(found, backend)) {
        findings.report(
            rollout,
            ingress,
            String.format(
                "ingress `%s` has no rules using service %s backend", found.name(), backend));
      }
    }
    canary
        .get("trafficRouting", "istio", "virtualService", "name")
        .ifPresent(n -> requireExists(rollout, index, "VirtualService", n, findings));
    for (YMap vs : Nodes.maps(canary, "trafficRouting", "istio", "virtualServices")) {
      vs.get("name").ifPresent(n -> requireExists(rollout, index, "VirtualService", n, findings));
    }
  }

  private static List<YNode> ingressNames(YMap canary) {
    List<YNode> out = new java.util.ArrayList<>();
    canary.get("trafficRouting", "nginx", "stableIngress").ifPresent(out::add);
    out.addAll(canary.items("trafficRouting", "nginx", "stableIngresses"));
    canary.get("trafficRouting", "alb", "ingress").ifPresent(out::add);
    out.addAll(canary.items("trafficRouting", "alb", "ingresses"));
    return out;
  }

  private static KubeObject requireExists(
      KubeObject rollout, WorkspaceIndex index, String kind, YNode nameNode, Findings findings) {
    String name = Nodes.scalarText(nameNode);
    if (name.isEmpty()) {
      return null;
    }
    List<KubeObject> found = index.named(kind, rollout.namespace(), name);
    if (found.isEmpty()) {
      findings.report(
          rollout,
          nameNode,
          String.format(
              "Rollout \"%s\" references %s \"%s\", which is not in the tree",
              rollout.name(), kind, name));
      return null;
    }
    return found.get(0);
  }

  /** ingressutil.HasRuleWithService: some rule path (networking/v1 or v1beta1) uses the Service. */
  private static boolean routesTo(KubeObject ingress, String service) {
    for (YNode rule : ingress.root().items("spec", "rules")) {
      for (YNode path : rule.items("http", "paths")) {
        String v1 = path.text("backend", "service", "name").orElse("");
        String beta = path.text("backend", "serviceName").orElse("");
        if (service.equals(v1) || service.equals(beta)) {
          return true;
        }
      }
    }
    return false;
  }
}
