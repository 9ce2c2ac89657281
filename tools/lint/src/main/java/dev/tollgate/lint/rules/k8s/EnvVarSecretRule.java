package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.RuleInfo;
import java.util.regex.Pattern;

/**
 * kube-linter {@code env-var-secret}: a variable whose name contains "secret" (any case) with a
 * literal, non-empty {@code value} puts the secret into Git.
 */
@RuleInfo(
    id = "k8s-env-var-secret",
    severity = ERROR,
    appliesTo = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Rollout"},
    summary = "Secrets must not be written as literal environment variable values.",
    remediation = "Read the value from a Secret with valueFrom.secretKeyRef.")
public final class EnvVarSecretRule extends ContainerRule {

  private static final Pattern SECRET_NAME = Pattern.compile("(?i).*secret.*");

  @Override
  protected void checkContainer(
      KubeObject workload, YMap podSpec, YMap container, String name, Findings findings) {
    for (YNode env : container.items("env")) {
      String var = env.text("name").orElse("");
      String value = env.text("value").orElse("");
      if (SECRET_NAME.matcher(var).matches() && !value.isEmpty()) {
        findings.report(
            workload,
            env.get("value").orElseThrow(),
            String.format(
                "container \"%s\" sets secret-looking environment variable \"%s\" to a literal"
                    + " value",
                name, var));
      }
    }
  }
}
