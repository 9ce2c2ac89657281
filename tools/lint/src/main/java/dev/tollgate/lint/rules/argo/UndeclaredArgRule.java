package dev.tollgate.lint.rules.argo;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.EmbeddedText;
import dev.tollgate.lint.rules.Nodes;
import dev.tollgate.lint.rules.WorkspaceIndex;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Every {@code {{args.x}}} in a metric must name a declared argument (of the template or one it
 * includes), or run creation fails with "failed to resolve {{args.x}}" (utils/template).
 */
@RuleInfo(
    id = "argo-undeclared-arg",
    severity = ERROR,
    appliesTo = {"AnalysisTemplate", "ClusterAnalysisTemplate", "AnalysisRun"},
    summary = "Metrics may only use {{args.x}} for arguments the template declares.",
    remediation = "Declare the argument under spec.args, or fix its name in the tag.")
public final class UndeclaredArgRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Templates.KINDS;
  }

  @Override
  protected void check(KubeObject template, Workspace workspace, Findings findings) {
    Set<String> declared = new HashSet<>();
    for (KubeObject t : AnalysisRefs.flatten(WorkspaceIndex.of(workspace), template)) {
      for (YMap arg : ArgSubstitution.declared(t.root())) {
        arg.text("name").ifPresent(declared::add);
      }
    }
    template
        .root()
        .get("spec", "metrics")
        .ifPresent(
            metrics ->
                Templates.scalars(
                    metrics,
                    scalar -> {
                      Matcher tag = Templates.ARG_TAG.matcher(scalar.text());
                      while (tag.find()) {
                        if (!declared.contains(tag.group(1))) {
                          findings.report(
                              template,
                              Nodes.at(EmbeddedText.position(workspace, scalar, tag.start())),
                              String.format(
                                  "\"%s\" refers to undeclared argument \"%s\": failed to resolve"
                                      + " {{args.%s}}",
                                  tag.group(), tag.group(1), tag.group(1)));
                        }
                      }
                    }));
  }
}
