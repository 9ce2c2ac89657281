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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checklist §5.1 item 22: the templates one analysis block lists (with the ones they include) are
 * merged into one AnalysisRun, which fails when two metrics share a name ({@code flattenMetrics}:
 * "two metrics have the same name") or one argument gets two different values ({@code flattenArgs}:
 * "Argument `x` specified multiple times with different values").
 */
@RuleInfo(
    id = "argo-analysis-run-conflict",
    severity = ERROR,
    appliesTo = {"Rollout"},
    summary = "Templates combined into one analysis must not repeat metric names or clash on args.",
    remediation = "Rename the metric, or give the argument one value across the templates.")
public final class AnalysisRunConflictRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Set.of("Rollout");
  }

  @Override
  protected void check(KubeObject rollout, Workspace workspace, Findings findings) {
    WorkspaceIndex index = WorkspaceIndex.of(workspace);
    Map<Integer, List<AnalysisRefs.Ref>> groups = new LinkedHashMap<>();
    for (AnalysisRefs.Ref ref : AnalysisRefs.of(rollout)) {
      groups.computeIfAbsent(ref.group(), g -> new ArrayList<>()).add(ref);
    }
    for (List<AnalysisRefs.Ref> group : groups.values()) {
      Map<String, String> metricOwner = new HashMap<>();
      Map<String, String> argValue = new HashMap<>();
      Set<String> seenTemplates = new java.util.HashSet<>();
      for (AnalysisRefs.Ref ref : group) {
        var template =
            AnalysisRefs.resolve(index, rollout.namespace(), ref.templateName(), ref.cluster());
        if (template.isEmpty()) {
          continue;
        }
        for (KubeObject t : AnalysisRefs.flatten(index, template.get())) {
          if (!seenTemplates.add(t.kind() + "/" + t.name())) {
            continue; // FilterUniqueTemplates: a template included twice counts once
          }
          for (YMap metric : Nodes.maps(t.root(), "spec", "metrics")) {
            String name = metric.text("name").orElse("");
            String owner = metricOwner.putIfAbsent(name, t.name());
            if (owner != null) {
              findings.report(
                  rollout,
                  ref.nameNode(),
                  String.format(
                      "two metrics have the same name '%s' (in %s \"%s\" and \"%s\")",
                      name, t.kind(), owner, t.name()));
            }
          }
          for (YMap arg : Nodes.maps(t.root(), "spec", "args")) {
            String name = arg.text("name").orElse("");
            String value = arg.text("value").orElse(null);
            if (value == null) {
              continue;
            }
            String earlier = argValue.putIfAbsent(name, value);
            if (earlier != null && !earlier.equals(value)) {
              findings.report(
                  rollout,
                  ref.nameNode(),
                  String.format(
                      "Argument `%s` specified multiple times with different values (\"%s\" and"
                          + " \"%s\")",
                      name, earlier, value));
            }
          }
        }
      }
    }
  }
}
