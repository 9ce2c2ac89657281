package dev.tollgate.lint.rules.argocd;

import static dev.tollgate.core.Severity.WARNING;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.Nodes;
import java.util.Set;

/**
 * Argo CD common mistake #8: with {@code goTemplate: true} a missing key renders as an empty
 * string, silently producing Applications with empty names or paths (argo-cd #13731).
 */
@RuleInfo(
    id = "argocd-appset-missing-key-error",
    severity = WARNING,
    appliesTo = {"ApplicationSet"},
    summary = "ApplicationSets using Go templates should fail on missing keys.",
    remediation = "Add goTemplateOptions: [\"missingkey=error\"].")
public final class AppsetMissingKeyErrorRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Set.of("ApplicationSet");
  }

  @Override
  protected void check(KubeObject appset, Workspace workspace, Findings findings) {
    if (!Nodes.isTrue(appset.root(), "spec", "goTemplate")) {
      return;
    }
    for (YNode option : appset.root().items("spec", "goTemplateOptions")) {
      if (Nodes.scalarText(option).equals("missingkey=error")) {
        return;
      }
    }
    findings.report(
        appset,
        appset.root().get("spec", "goTemplate").orElseThrow(),
        String.format(
            "ApplicationSet \"%s\" uses goTemplate without goTemplateOptions"
                + " [\"missingkey=error\"], so missing keys render as empty strings",
            appset.name()));
  }
}
