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
import java.util.Set;

/**
 * A Rollout (or template) naming an AnalysisTemplate that is not in the tree goes InvalidSpec and
 * Degraded ("AnalysisTemplate 'x' not found", rollout/controller.go) — only once it deploys.
 */
@RuleInfo(
    id = "argo-missing-analysis-template",
    severity = ERROR,
    appliesTo = {"Rollout", "AnalysisTemplate", "ClusterAnalysisTemplate"},
    summary = "Every AnalysisTemplate a Rollout or template references must exist in the tree.",
    remediation = "Add the AnalysisTemplate, fix templateName, or set clusterScope correctly.")
public final class MissingAnalysisTemplateRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Set.of("Rollout", "AnalysisTemplate", "ClusterAnalysisTemplate");
  }

  @Override
  protected void check(KubeObject object, Workspace workspace, Findings findings) {
    WorkspaceIndex index = WorkspaceIndex.of(workspace);
    if (object.kind().equals("Rollout")) {
      for (AnalysisRefs.Ref ref : AnalysisRefs.of(object)) {
        if (AnalysisRefs.resolve(index, object.namespace(), ref.templateName(), ref.cluster())
            .isEmpty()) {
          findings.report(
              object,
              ref.nameNode(),
              String.format("%s '%s' not found", ref.templateKind(), ref.templateName()));
        }
      }
      return;
    }
    for (YMap nested : Nodes.maps(object.root(), "spec", "templates")) {
      nested
          .get("templateName")
          .ifPresent(
              n -> {
                boolean cluster = Nodes.isTrue(nested, "clusterScope");
                String name = Nodes.scalarText(n);
                if (AnalysisRefs.resolve(index, object.namespace(), name, cluster).isEmpty()) {
                  findings.report(
                      object,
                      n,
                      String.format(
                          "%s '%s' not found",
                          cluster ? "ClusterAnalysisTemplate" : "AnalysisTemplate", name));
                }
              });
    }
  }
}
