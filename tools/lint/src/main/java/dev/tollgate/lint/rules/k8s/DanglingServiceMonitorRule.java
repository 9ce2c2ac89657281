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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * kube-linter {@code dangling-servicemonitor}, extended: the ServiceMonitor must select a Service
 * (by labels, in the namespaces its namespaceSelector allows; its own namespace by default), and
 * each endpoint's named {@code port} must be a port name of a selected Service — otherwise
 * Prometheus silently scrapes nothing.
 */
@RuleInfo(
    id = "k8s-dangling-servicemonitor",
    severity = ERROR,
    appliesTo = {"ServiceMonitor"},
    summary = "A ServiceMonitor must select a Service and one of its named ports.",
    remediation =
        "Match spec.selector to the Service's labels and endpoints[].port to a port name.")
public final class DanglingServiceMonitorRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Set.of("ServiceMonitor");
  }

  @Override
  protected void check(KubeObject monitor, Workspace workspace, Findings findings) {
    YMap selector = monitor.root().map("spec", "selector").orElse(null);
    if (selector == null) {
      return;
    }
    List<KubeObject> selected = new ArrayList<>();
    WorkspaceIndex index = WorkspaceIndex.of(workspace);
    for (KubeObject service : index.serviceCandidates(Labels.of(selector, "matchLabels"))) {
      if (namespaceAllowed(monitor, service)
          && Labels.selectorMatches(selector, service.labels())) {
        selected.add(service);
      }
    }
    if (selected.isEmpty()) {
      findings.report(
          monitor,
          Nodes.keyOf(monitor.root().map("spec").orElseThrow(), "selector"),
          String.format(
              "ServiceMonitor \"%s\" selector %s matches no Service",
              monitor.name(), selector.toJava()));
      return;
    }
    for (YMap endpoint : Nodes.maps(monitor.root(), "spec", "endpoints")) {
      YNode port = endpoint.get("port").orElse(null);
      if (port == null) {
        continue;
      }
      String name = Nodes.scalarText(port);
      boolean found =
          selected.stream()
              .anyMatch(
                  s ->
                      Nodes.maps(s.root(), "spec", "ports").stream()
                          .anyMatch(p -> p.text("name").map(name::equals).orElse(false)));
      if (!found) {
        findings.report(
            monitor,
            port,
            String.format(
                "ServiceMonitor \"%s\" endpoint port \"%s\" is not a port name of the selected"
                    + " Services",
                monitor.name(), name));
      }
    }
  }

  private static boolean namespaceAllowed(KubeObject monitor, KubeObject service) {
    YMap nsSelector = monitor.root().map("spec", "namespaceSelector").orElse(null);
    if (nsSelector == null) {
      return WorkspaceIndex.sameNamespace(monitor.namespace(), service.namespace());
    }
    if (Nodes.isTrue(nsSelector, "any")) {
      return true;
    }
    List<YNode> names = nsSelector.items("matchNames");
    if (names.isEmpty()) {
      return WorkspaceIndex.sameNamespace(monitor.namespace(), service.namespace());
    }
    return service.namespace().isEmpty()
        || names.stream().anyMatch(n -> Nodes.scalarText(n).equals(service.namespace()));
  }
}
