package dev.tollgate.lint.rules.argo;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.rules.Nodes;
import dev.tollgate.lint.rules.WorkspaceIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a Rollout names AnalysisTemplates (argo-rollouts {@code AnalysisTemplateType}), and how a
 * name resolves: {@code clusterScope: true} means a ClusterAnalysisTemplate, else an
 * AnalysisTemplate in the Rollout's namespace.
 */
final class AnalysisRefs {
  private AnalysisRefs() {}

  enum Kind {
    INLINE,
    BACKGROUND,
    PRE_PROMOTION,
    POST_PROMOTION,
    EXPERIMENT
  }

  /**
   * One template reference.
   *
   * @param nameNode the {@code templateName} value, where findings go
   * @param args the Rollout-side args given with it
   * @param group references listed in one analysis block share a group: they become one run
   */
  record Ref(
      Kind kind, String templateName, boolean cluster, YNode nameNode, List<YMap> args, int group) {
    String templateKind() {
      return cluster ? "ClusterAnalysisTemplate" : "AnalysisTemplate";
    }
  }

  static List<Ref> of(KubeObject rollout) {
    List<Ref> out = new ArrayList<>();
    YMap root = rollout.root();
    for (YNode step : root.items("spec", "strategy", "canary", "steps")) {
      step.map("analysis").ifPresent(a -> addTemplates(out, Kind.INLINE, a));
      for (YMap analysis : Nodes.maps(step, "experiment", "analyses")) {
        add(out, Kind.EXPERIMENT, analysis, Nodes.maps(analysis, "args"), out.size());
      }
    }
    root.map("spec", "strategy", "canary", "analysis")
        .ifPresent(a -> addTemplates(out, Kind.BACKGROUND, a));
    root.map("spec", "strategy", "blueGreen", "prePromotionAnalysis")
        .ifPresent(a -> addTemplates(out, Kind.PRE_PROMOTION, a));
    root.map("spec", "strategy", "blueGreen", "postPromotionAnalysis")
        .ifPresent(a -> addTemplates(out, Kind.POST_PROMOTION, a));
    return out;
  }

  private static void addTemplates(List<Ref> out, Kind kind, YMap analysis) {
    List<YMap> args = Nodes.maps(analysis, "args");
    int group = out.size();
    for (YMap template : Nodes.maps(analysis, "templates")) {
      add(out, kind, template, args, group);
    }
  }

  private static void add(List<Ref> out, Kind kind, YMap template, List<YMap> args, int group) {
    template
        .get("templateName")
        .ifPresent(
            n ->
                out.add(
                    new Ref(
                        kind,
                        Nodes.scalarText(n),
                        Nodes.isTrue(template, "clusterScope"),
                        n,
                        args,
                        group)));
  }

  /** The template a reference names, if it is in the tree. */
  static Optional<KubeObject> resolve(
      WorkspaceIndex index, String namespace, String name, boolean cluster) {
    if (cluster) {
      return index.named("ClusterAnalysisTemplate", "", name).stream().findFirst();
    }
    return index.named("AnalysisTemplate", namespace, name).stream().findFirst();
  }

  /** The template and, recursively, the templates it names in {@code spec.templates}. */
  static List<KubeObject> flatten(WorkspaceIndex index, KubeObject template) {
    List<KubeObject> out = new ArrayList<>();
    collect(index, template, out, new HashSet<>());
    return out;
  }

  private static void collect(
      WorkspaceIndex index, KubeObject template, List<KubeObject> out, Set<String> seen) {
    if (!seen.add(template.kind() + "/" + template.name())) {
      return;
    }
    out.add(template);
    for (YMap nested : Nodes.maps(template.root(), "spec", "templates")) {
      String name = nested.text("templateName").orElse("");
      resolve(index, template.namespace(), name, Nodes.isTrue(nested, "clusterScope"))
          .ifPresent(t -> collect(index, t, out, seen));
    }
  }

  /** A template arg that must be supplied: no {@code value} and no {@code valueFrom}. */
  static boolean isRequired(YMap arg) {
    return !arg.has("value") && !arg.has("valueFrom");
  }
}
