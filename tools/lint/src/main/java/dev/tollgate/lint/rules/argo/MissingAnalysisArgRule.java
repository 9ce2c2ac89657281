package dev.tollgate.lint.rules.argo;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.Nodes;
import dev.tollgate.lint.rules.WorkspaceIndex;
import java.util.HashSet;
import java.util.Set;

/**
 * A template argument without {@code value} or {@code valueFrom} must be supplied by every Rollout
 * reference, or the AnalysisRun cannot be created ("args.x was not resolved", utils/analysis {@code
 * ResolveArgs}); background analyses are checked by name as in {@code
 * ValidateAnalysisTemplateWithType}.
 */
@RuleInfo(
    id = "argo-missing-analysis-arg",
    severity = ERROR,
    appliesTo = {"Rollout"},
    summary = "A Rollout must supply every required argument of the AnalysisTemplates it uses.",
    remediation = "Add the argument to the analysis args of the Rollout, or give it a value.")
public final class MissingAnalysisArgRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Set.of("Rollout");
  }

  @Override
  protected void check(KubeObject rollout, Workspace workspace, Findings findings) {
    WorkspaceIndex index = WorkspaceIndex.of(workspace);
    for (AnalysisRefs.Ref ref : AnalysisRefs.of(rollout)) {
      Set<String> supplied = new HashSet<>();
      for (YMap arg : ref.args()) {
        arg.text("name").ifPresent(supplied::add);
      }
      AnalysisRefs.resolve(index, rollout.namespace(), ref.templateName(), ref.cluster())
          .ifPresent(
              template -> {
                for (KubeObject t : AnalysisRefs.flatten(index, template)) {
                  for (YMap arg : Nodes.maps(t.root(), "spec", "args")) {
                    String name = arg.text("name").orElse("");
                    if (AnalysisRefs.isRequired(arg) && !supplied.contains(name)) {
                      findings.report(
                          rollout,
                          ref.nameNode(),
                          String.format(
                              "%s \"%s\" argument \"%s\" has no value and the Rollout does not"
                                  + " supply it: args.%s was not resolved",
                              t.kind(), t.name(), name, name));
                    }
                  }
                }
              });
    }
  }
}
