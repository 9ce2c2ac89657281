package dev.tollgate.lint.rules.gha;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;

/**
 * Least privilege (GitHub secure-use guide): without a {@code permissions:} block the GITHUB_TOKEN
 * gets the repository default, which may be read-write on everything. Either the workflow or every
 * one of its jobs must say what it needs.
 */
@RuleInfo(
    id = "gha-missing-permissions",
    severity = ERROR,
    appliesTo = {"GitHub workflow"},
    summary = "Workflows must declare GITHUB_TOKEN permissions.",
    remediation = "Add permissions: {contents: read} at the top, and raise it per job as needed.")
public final class MissingPermissionsRule implements dev.tollgate.lint.api.Rule {

  @Override
  public void check(Workspace workspace, Findings findings) {
    for (Workflows.Workflow workflow : Workflows.of(workspace)) {
      if (workflow.root().has("permissions")) {
        continue;
      }
      YMap jobs = workflow.jobs();
      jobs.entries()
          .forEach(
              (name, entry) -> {
                if (entry.value() instanceof YMap job && !job.has("permissions")) {
                  findings.report(
                      entry.keyPosition(),
                      String.format(
                          "job \"%s\" has no permissions block and the workflow has none at the"
                              + " top, so it gets the repository's default token permissions",
                          name));
                }
              });
    }
  }
}
