package dev.tollgate.lint.rules.argocd;

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
import java.util.Set;

/**
 * Argo CD common mistake #6: {@code CreateNamespace=true} while the Application's own source also
 * ships the destination Namespace makes two owners of one object (perpetual OutOfSync, argo-cd
 * #13874, #16829); and {@code managedNamespaceMetadata} does nothing without {@code
 * CreateNamespace=true} (sync-options docs).
 */
@RuleInfo(
    id = "argocd-create-namespace-conflict",
    severity = ERROR,
    appliesTo = {"Application"},
    summary = "Use either CreateNamespace=true or a Namespace manifest in the source, not both.",
    remediation =
        "Drop CreateNamespace=true and keep the Namespace manifest (or the other way round).")
public final class CreateNamespaceConflictRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Set.of("Application");
  }

  @Override
  protected void check(KubeObject app, Workspace workspace, Findings findings) {
    YNode option = null;
    for (YNode o : app.root().items("spec", "syncPolicy", "syncOptions")) {
      if (Nodes.scalarText(o).replace(" ", "").equals("CreateNamespace=true")) {
        option = o;
      }
    }
    if (option == null) {
      app.root()
          .map("spec", "syncPolicy")
          .filter(p -> p.has("managedNamespaceMetadata"))
          .ifPresent(
              p ->
                  findings.report(
                      app,
                      Nodes.keyOf(p, "managedNamespaceMetadata"),
                      String.format(
                          "Application \"%s\" sets managedNamespaceMetadata without"
                              + " CreateNamespace=true, so it is ignored",
                          app.name())));
      return;
    }
    String namespace = app.root().text("spec", "destination", "namespace").orElse("");
    if (namespace.isEmpty()) {
      return;
    }
    for (YMap source : Sources.of(app)) {
      String path = source.text("path").orElse("").replaceFirst("^\\./", "");
      // a Namespace manifest found under the path is itself the evidence the source is local
      if (path.isEmpty() || source.has("chart")) {
        continue;
      }
      String prefix = path.endsWith("/") ? path : path + "/";
      for (KubeObject ns : WorkspaceIndex.of(workspace).named("Namespace", "", namespace)) {
        if (ns.path().replace('\\', '/').startsWith(prefix)) {
          findings.report(
              app,
              option,
              String.format(
                  "Application \"%s\" sets CreateNamespace=true but its source also has"
                      + " Namespace \"%s\" (%s)",
                  app.name(), namespace, ns.path()));
        }
      }
    }
  }
}
