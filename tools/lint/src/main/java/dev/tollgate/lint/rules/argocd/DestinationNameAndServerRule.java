package dev.tollgate.lint.rules.argocd;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import java.util.Set;

/** Argo CD util/argo: "application destination can't have both name and server defined". */
@RuleInfo(
    id = "argocd-destination-name-and-server",
    severity = ERROR,
    appliesTo = {"Application"},
    summary = "An Application's destination names the cluster by server or by name, not both.",
    remediation = "Remove destination.name or destination.server.")
public final class DestinationNameAndServerRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Set.of("Application");
  }

  @Override
  protected void check(KubeObject app, Workspace workspace, Findings findings) {
    app.root()
        .map("spec", "destination")
        .ifPresent(
            d -> {
              if (!d.text("server").orElse("").isEmpty() && !d.text("name").orElse("").isEmpty()) {
                findings.report(
                    app,
                    d.get("name").orElseThrow(),
                    "application destination can't have both name and server defined: name"
                        + " \""
                        + d.text("name").orElse("")
                        + "\", server \""
                        + d.text("server").orElse("")
                        + "\"");
              }
            });
  }
}
