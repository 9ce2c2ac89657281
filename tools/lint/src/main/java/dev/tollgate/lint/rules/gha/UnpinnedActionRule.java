package dev.tollgate.lint.rules.gha;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.Nodes;
import java.util.regex.Pattern;

/**
 * GitHub's secure-use guide: a full-length commit SHA is "the only way to use an action as an
 * immutable release"; tags and branches can be moved under you. Local actions ({@code ./...}) are
 * part of the commit; {@code docker://} images must carry a sha256 digest.
 */
@RuleInfo(
    id = "gha-unpinned-action",
    severity = ERROR,
    appliesTo = {"GitHub workflow"},
    summary = "Actions and reusable workflows must be pinned to a full-length commit SHA.",
    remediation =
        "Pin to the commit SHA and keep the version as a comment, e.g. uses: org/action@<sha> #"
            + " v1.2.3.")
public final class UnpinnedActionRule implements dev.tollgate.lint.api.Rule {

  private static final Pattern FULL_SHA = Pattern.compile("[0-9a-f]{40}");

  @Override
  public void check(Workspace workspace, Findings findings) {
    for (Workflows.Workflow workflow : Workflows.of(workspace)) {
      workflow
          .jobs()
          .entries()
          .forEach(
              (jobName, entry) -> {
                if (!(entry.value() instanceof YMap job)) {
                  return;
                }
                job.get("uses").ifPresent(u -> checkUses(jobName, u, findings));
                for (YNode step : job.items("steps")) {
                  step.get("uses").ifPresent(u -> checkUses(jobName, u, findings));
                }
              });
    }
  }

  private static void checkUses(String job, YNode node, Findings findings) {
    String uses = Nodes.scalarText(node).trim();
    if (uses.isEmpty() || uses.startsWith("./")) {
      return;
    }
    if (uses.startsWith("docker://")) {
      if (!uses.contains("@sha256:")) {
        findings.report(
            node.position(),
            String.format("job \"%s\" uses image \"%s\" without a sha256 digest", job, uses));
      }
      return;
    }
    int at = uses.lastIndexOf('@');
    String ref = at < 0 ? "" : uses.substring(at + 1);
    if (!FULL_SHA.matcher(ref).matches()) {
      findings.report(
          node.position(),
          String.format(
              "job \"%s\" uses \"%s\", which is not pinned to a full-length commit SHA",
              job, uses));
    }
  }
}
