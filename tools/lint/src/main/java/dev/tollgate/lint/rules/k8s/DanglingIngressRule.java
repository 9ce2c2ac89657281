package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.Nodes;
import dev.tollgate.lint.rules.WorkspaceIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * kube-linter {@code dangling-ingress}: a backend Service that is not in the tree answers 503. (The
 * canary Ingress that Argo Rollouts generates for nginx is not in Git, so it is not checked.)
 */
@RuleInfo(
    id = "k8s-dangling-ingress",
    severity = ERROR,
    appliesTo = {"Ingress"},
    summary = "Every Ingress backend must name a Service in the tree.",
    remediation = "Add the Service, or fix the backend's service name.")
public final class DanglingIngressRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Set.of("Ingress");
  }

  @Override
  protected void check(KubeObject ingress, Workspace workspace, Findings findings) {
    List<YNode> backends = new ArrayList<>();
    ingress.root().get("spec", "defaultBackend", "service", "name").ifPresent(backends::add);
    for (YNode rule : ingress.root().items("spec", "rules")) {
      for (YNode path : rule.items("http", "paths")) {
        path.get("backend", "service", "name").ifPresent(backends::add);
      }
    }
    WorkspaceIndex index = WorkspaceIndex.of(workspace);
    for (YNode backend : backends) {
      String name = Nodes.scalarText(backend);
      if (!name.isEmpty() && index.named("Service", ingress.namespace(), name).isEmpty()) {
        findings.report(
            ingress,
            backend,
            String.format(
                "Ingress \"%s\" routes to Service \"%s\", which is not in the tree",
                ingress.name(), name));
      }
    }
  }
}
