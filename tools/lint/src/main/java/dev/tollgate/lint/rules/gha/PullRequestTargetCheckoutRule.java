package dev.tollgate.lint.rules.gha;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.Nodes;
import java.util.regex.Pattern;

/**
 * "Avoid pull_request_target with checkout of PR code" (GitHub secure-use guide): that trigger runs
 * with a write token and secrets, so checking out the pull request's head runs untrusted code with
 * them ("pwn request").
 */
@RuleInfo(
    id = "gha-pull-request-target-checkout",
    severity = ERROR,
    appliesTo = {"GitHub workflow"},
    summary = "pull_request_target workflows must not check out the pull request's code.",
    remediation =
        "Use the pull_request trigger for untrusted code, or check out only the base revision.")
public final class PullRequestTargetCheckoutRule implements dev.tollgate.lint.api.Rule {

  private static final Pattern PR_HEAD =
      Pattern.compile(
          "github\\.event\\.pull_request\\.head\\.|github\\.head_ref|refs/pull/|"
              + "github\\.event\\.pull_request\\.merge_commit_sha");

  @Override
  public void check(Workspace workspace, Findings findings) {
    for (Workflows.Workflow workflow : Workflows.of(workspace)) {
      if (!Workflows.triggers(workflow.root()).contains("pull_request_target")) {
        continue;
      }
      workflow
          .jobs()
          .entries()
          .forEach(
              (jobName, entry) -> {
                for (YNode step : entry.value().items("steps")) {
                  String uses = step.text("uses").orElse("");
                  YNode ref = step.get("with", "ref").orElse(null);
                  if (uses.startsWith("actions/checkout@")
                      && ref != null
                      && PR_HEAD.matcher(Nodes.scalarText(ref)).find()) {
                    findings.report(
                        ref.position(),
                        String.format(
                            "job \"%s\" runs on pull_request_target and checks out the pull"
                                + " request head (\"%s\"), running untrusted code with a"
                                + " privileged token",
                            jobName, Nodes.scalarText(ref)));
                  }
                }
              });
    }
  }
}
