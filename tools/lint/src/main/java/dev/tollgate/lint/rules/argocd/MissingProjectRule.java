package dev.tollgate.lint.rules.argocd;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.WorkspaceIndex;
import java.util.Set;

/**
 * An Application in a project that does not exist is refused ("application references project x
 * which does not exist"); {@code default} is built in.
 */
@RuleInfo(
    id = "argocd-missing-project",
    severity = ERROR,
    appliesTo = {"Application"},
    summary = "An Application's project must be an AppProject in the tree (or default).",
    remediation = "Add the AppProject manifest or fix spec.project.")
public final class MissingProjectRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Set.of("Application");
  }

  @Override
  protected void check(KubeObject app, Workspace workspace, Findings findings) {
    String project = Sources.project(app);
    if (project.equals("default")
        || !WorkspaceIndex.of(workspace).named("AppProject", app.namespace(), project).isEmpty()) {
      return;
    }
    findings.report(
        app,
        Sources.projectNode(app),
        String.format(
            "application references project %s which does not exist in the tree", project));
  }
}
