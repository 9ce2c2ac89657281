package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.WARNING;

import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.Nodes;
import java.util.Set;

/**
 * kube-linter {@code job-ttl-seconds-after-finished}: finished standalone Jobs pile up without a
 * TTL, while a CronJob's Jobs are already pruned by its history limits, so a TTL there fights them.
 */
@RuleInfo(
    id = "k8s-job-ttl-seconds-after-finished",
    severity = WARNING,
    appliesTo = {"Job", "CronJob"},
    summary = "Standalone Jobs should set ttlSecondsAfterFinished; Jobs of a CronJob should not.",
    remediation =
        "Set spec.ttlSecondsAfterFinished on standalone Jobs; on CronJobs rely on the history"
            + " limits.")
public final class JobTtlSecondsAfterFinishedRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Set.of("Job", "CronJob");
  }

  @Override
  protected void check(KubeObject object, Workspace workspace, Findings findings) {
    if (object.kind().equals("Job")) {
      // Argo CD deletes its hook Jobs by hook-delete-policy, which does the TTL's job
      if (!object.annotations().containsKey("argocd.argoproj.io/hook-delete-policy")
          && object.root().get("spec", "ttlSecondsAfterFinished").isEmpty()) {
        findings.report(
            object,
            Nodes.keyOf(object.root(), "spec"),
            String.format(
                "standalone Job \"%s\" does not specify ttlSecondsAfterFinished", object.name()));
      }
    } else {
      object
          .root()
          .get("spec", "jobTemplate", "spec", "ttlSecondsAfterFinished")
          .ifPresent(
              node ->
                  findings.report(
                      object,
                      node,
                      String.format(
                          "Jobs of CronJob \"%s\" set ttlSecondsAfterFinished, which conflicts"
                              + " with successfulJobsHistoryLimit and failedJobsHistoryLimit",
                          object.name())));
    }
  }
}
