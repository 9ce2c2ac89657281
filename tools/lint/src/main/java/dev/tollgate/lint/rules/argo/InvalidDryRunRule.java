package dev.tollgate.lint.rules.argo;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.Nodes;
import dev.tollgate.lint.rules.WorkspaceIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code dryRun[]} and {@code measurementRetention[]} rules (utils/analysis {@code
 * GetDryRunMetrics}, {@code validateDryRunMetrics}): each {@code metricName} is an unanchored regex
 * that must match a metric — an invalid one such as {@code *} never matches — and names must not
 * repeat. Otherwise the AnalysisRun goes to Error.
 */
@RuleInfo(
    id = "argo-invalid-dry-run",
    severity = ERROR,
    appliesTo = {"AnalysisTemplate", "ClusterAnalysisTemplate", "AnalysisRun", "Rollout"},
    summary = "dryRun and measurementRetention rules must be valid regexes matching a metric.",
    remediation = "Use a regex that matches a metric name (e.g. \".*\" for all), once per rule.")
public final class InvalidDryRunRule extends ObjectRule {

  private static final Set<String> KINDS =
      Set.of("AnalysisTemplate", "ClusterAnalysisTemplate", "AnalysisRun", "Rollout");

  @Override
  protected Set<String> kinds() {
    return KINDS;
  }

  @Override
  protected void check(KubeObject object, Workspace workspace, Findings findings) {
    WorkspaceIndex index = WorkspaceIndex.of(workspace);
    if (!object.kind().equals("Rollout")) {
      checkRules(
          object, object.root().map("spec").orElse(null), metricsOf(index, object), findings);
      return;
    }
    // a Rollout's analysis blocks add their own rules, matched against the templates they list
    List<YMap> blocks = new ArrayList<>();
    for (YNode step : object.root().items("spec", "strategy", "canary", "steps")) {
      step.map("analysis").ifPresent(blocks::add);
    }
    object.root().map("spec", "strategy", "canary", "analysis").ifPresent(blocks::add);
    object
        .root()
        .map("spec", "strategy", "blueGreen", "prePromotionAnalysis")
        .ifPresent(blocks::add);
    object
        .root()
        .map("spec", "strategy", "blueGreen", "postPromotionAnalysis")
        .ifPresent(blocks::add);
    for (YMap block : blocks) {
      List<String> names = new ArrayList<>();
      boolean allFound = true;
      for (YMap ref : Nodes.maps(block, "templates")) {
        var template =
            AnalysisRefs.resolve(
                index,
                object.namespace(),
                ref.text("templateName").orElse(""),
                Nodes.isTrue(ref, "clusterScope"));
        if (template.isEmpty()) {
          allFound = false; // argo-missing-analysis-template reports it
        } else {
          names.addAll(metricsOf(index, template.get()));
        }
      }
      if (allFound) {
        checkRules(object, block, names, findings);
      }
    }
  }

  private static List<String> metricsOf(WorkspaceIndex index, KubeObject template) {
    List<String> names = new ArrayList<>();
    for (KubeObject t : AnalysisRefs.flatten(index, template)) {
      for (YMap metric : Nodes.maps(t.root(), "spec", "metrics")) {
        names.add(metric.text("name").orElse(""));
      }
    }
    return names;
  }

  private static void checkRules(
      KubeObject template, YMap owner, List<String> metricNames, Findings findings) {
    if (owner == null) {
      return;
    }
    for (String list : new String[] {"dryRun", "measurementRetention"}) {
      Set<String> seen = new HashSet<>();
      List<YNode> rules = owner.items(list);
      for (int i = 0; i < rules.size(); i++) {
        YNode nameNode = rules.get(i).get("metricName").orElse(null);
        if (nameNode == null) {
          continue;
        }
        String regex = Nodes.scalarText(nameNode);
        if (!seen.add(regex)) {
          findings.report(
              template,
              nameNode,
              String.format("%s[%d]: duplicate metricName \"%s\"", list, i, regex));
          continue;
        }
        Pattern pattern;
        try {
          pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
          findings.report(
              template,
              nameNode,
              String.format(
                  "%s[%d]: metricName \"%s\" is not a valid regex, so it never matches: Rule"
                      + " didn't match any metric name(s)",
                  list, i, regex));
          continue;
        }
        if (metricNames.stream().noneMatch(n -> pattern.matcher(n).find())) {
          findings.report(
              template,
              nameNode,
              String.format(
                  "%s[%d]: metricName \"%s\": Rule didn't match any metric name(s)",
                  list, i, regex));
        }
      }
    }
  }
}
