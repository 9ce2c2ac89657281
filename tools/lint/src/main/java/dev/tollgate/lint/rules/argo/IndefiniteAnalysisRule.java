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
 * {@code ValidateAnalysisTemplateWithType}: an inline step or blue-green pre/post-promotion
 * analysis blocks the rollout until it ends, so no metric may run indefinitely (an {@code interval}
 * with no or zero {@code count}, {@code EffectiveCount} nil).
 */
@RuleInfo(
    id = "argo-indefinite-analysis",
    severity = ERROR,
    appliesTo = {"Rollout"},
    summary = "Blocking (inline or promotion) analyses must not use metrics that run forever.",
    remediation = "Give the metric a count, or run the template as background analysis.")
public final class IndefiniteAnalysisRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Set.of("Rollout");
  }

  @Override
  protected void check(KubeObject rollout, Workspace workspace, Findings findings) {
    WorkspaceIndex index = WorkspaceIndex.of(workspace);
    for (AnalysisRefs.Ref ref : AnalysisRefs.of(rollout)) {
      if (ref.kind() == AnalysisRefs.Kind.BACKGROUND) {
        continue;
      }
      AnalysisRefs.resolve(index, rollout.namespace(), ref.templateName(), ref.cluster())
          .ifPresent(
              template -> {
                for (KubeObject t : AnalysisRefs.flatten(index, template)) {
                  for (YMap metric : Nodes.maps(t.root(), "spec", "metrics")) {
                    String count = metric.text("count").orElse("");
                    boolean interval = !metric.text("interval").orElse("").isEmpty();
                    boolean noCount =
                        count.isEmpty() || Nodes.asLong(metric.get("count").get()).orElse(-1) == 0;
                    if (interval && noCount) {
                      findings.report(
                          rollout,
                          ref.nameNode(),
                          String.format(
                              "AnalysisTemplate %s has metric %s which runs indefinitely. Invalid"
                                  + " value for count: %s",
                              t.name(), metric.text("name").orElse(""), count));
                    }
                  }
                }
              });
    }
  }
}
