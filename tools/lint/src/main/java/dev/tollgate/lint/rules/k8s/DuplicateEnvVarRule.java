package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.RuleInfo;
import java.util.HashSet;
import java.util.Set;

/** kube-linter {@code duplicate-env-var}: the last value silently wins. */
@RuleInfo(
    id = "k8s-duplicate-env-var",
    severity = ERROR,
    appliesTo = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Rollout"},
    summary = "A container must not set the same environment variable twice.",
    remediation = "Remove all but one entry for the variable.")
public final class DuplicateEnvVarRule extends ContainerRule {

  @Override
  protected void checkContainer(
      KubeObject workload, YMap podSpec, YMap container, String name, Findings findings) {
    Set<String> seen = new HashSet<>();
    for (YNode env : container.items("env")) {
      env.get("name")
          .ifPresent(
              nameNode -> {
                String var = env.text("name").orElse("");
                if (!seen.add(var)) {
                  findings.report(
                      workload,
                      nameNode,
                      String.format(
                          "container \"%s\" sets environment variable \"%s\" more than once",
                          name, var));
                }
              });
    }
  }
}
