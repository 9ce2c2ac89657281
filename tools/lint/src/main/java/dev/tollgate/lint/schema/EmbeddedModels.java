package dev.tollgate.lint.schema;

import java.util.List;
import java.util.Map;

/**
 * Core Kubernetes types embedded in custom resources, checked with the fabric8 model instead of
 * being re-described in our JSON Schemas. Paths use {@code *} for every item of a list.
 */
final class EmbeddedModels {
  record Embedded(List<String> path, Class<?> model) {}

  private static final List<Embedded> POD_TEMPLATE =
      List.of(new Embedded(List.of("spec", "template"), CoreKinds.podTemplateSpec()));

  private static final List<Embedded> ANALYSIS =
      List.of(
          new Embedded(
              List.of("spec", "metrics", "*", "provider", "job", "spec"), CoreKinds.jobSpec()));

  private static final Map<String, List<Embedded>> BY_KIND =
      Map.of(
          "argoproj.io/Rollout", POD_TEMPLATE,
          "argoproj.io/Experiment",
              List.of(
                  new Embedded(
                      List.of("spec", "templates", "*", "template"), CoreKinds.podTemplateSpec())),
          "argoproj.io/AnalysisTemplate", ANALYSIS,
          "argoproj.io/ClusterAnalysisTemplate", ANALYSIS);

  private EmbeddedModels() {}

  static List<Embedded> of(String group, String kind) {
    return BY_KIND.getOrDefault(group + "/" + kind, List.of());
  }
}
