package dev.tollgate.lint.rules.argocd;

import static dev.tollgate.core.Severity.WARNING;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Argo CD common mistake #9: a Helm chart {@code targetRevision} that is a range ({@code 1.2.*},
 * {@code >=1.2 <2}, {@code ^1}, {@code *}) hides what is deployed and has hit range-parsing
 * regressions (argo-cd #15582, #12914); pin an exact version and let Renovate bump it.
 */
@RuleInfo(
    id = "argocd-chart-version-range",
    severity = WARNING,
    appliesTo = {"Application"},
    summary = "Helm chart sources should pin an exact chart version.",
    remediation = "Set targetRevision to an exact version such as 1.4.2.")
public final class ChartVersionRangeRule extends ObjectRule {

  private static final Pattern EXACT =
      Pattern.compile("v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

  @Override
  protected Set<String> kinds() {
    return Set.of("Application");
  }

  @Override
  protected void check(KubeObject app, Workspace workspace, Findings findings) {
    for (YMap source : Sources.of(app)) {
      if (!source.has("chart")) {
        continue;
      }
      String version = source.text("targetRevision").orElse("");
      if (!EXACT.matcher(version.trim()).matches()) {
        findings.report(
            app,
            source.get("targetRevision").orElseGet(() -> source.get("chart").orElseThrow()),
            String.format(
                "chart \"%s\" targetRevision \"%s\" is not an exact version",
                source.text("chart").orElse(""), version));
      }
    }
  }
}
