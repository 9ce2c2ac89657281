package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import java.util.Set;

/**
 * kube-linter {@code no-extensions-v1beta}: removed from the API server in Kubernetes 1.16/1.22.
 */
@RuleInfo(
    id = "k8s-no-extensions-v1beta",
    severity = ERROR,
    appliesTo = {"*"},
    summary = "Objects must not use the removed extensions/v1beta* API versions.",
    remediation = "Use apps/v1 for workloads and networking.k8s.io/v1 for Ingress.")
public final class NoExtensionsV1betaRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Set.of();
  }

  @Override
  protected void check(KubeObject object, Workspace workspace, Findings findings) {
    if (object.apiVersion().startsWith("extensions/v1beta")) {
      findings.report(
          object,
          object.root().get("apiVersion").orElseThrow(),
          String.format(
              "%s \"%s\" uses removed API version \"%s\"",
              object.kind(), object.name(), object.apiVersion()));
    }
  }
}
