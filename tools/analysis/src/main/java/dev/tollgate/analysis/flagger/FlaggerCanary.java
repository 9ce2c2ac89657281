package dev.tollgate.analysis.flagger;

import dev.tollgate.core.Position;
import java.util.List;
import java.util.Map;

/**
 * The parts of a flagger.app/v1beta1 Canary that decide its analysis, with Flagger's defaults
 * applied ({@code pkg/apis/flagger/v1beta1/canary.go}).
 *
 * @param provider {@code spec.provider}, default {@code istio} (Flagger's default mesh provider)
 * @param targetKind {@code spec.targetRef.kind}
 */
public record FlaggerCanary(
    String name,
    String namespace,
    String provider,
    String targetKind,
    String targetName,
    String serviceName,
    String ingressName,
    boolean skipAnalysis,
    Analysis analysis,
    Position position) {

  /**
   * {@code spec.analysis}.
   *
   * @param intervalMillis default 60s
   * @param threshold failed checks before rollback, default 1
   * @param maxWeight default 100, or the last of {@code stepWeights}
   * @param iterations A/B and blue/green runs; 0 for a weighted canary
   * @param stepWeightPromotion primary weight added per tick while promoting; 0 shifts all at once
   */
  public record Analysis(
      long intervalMillis,
      String interval,
      int threshold,
      int maxWeight,
      int stepWeight,
      List<Integer> stepWeights,
      int iterations,
      int stepWeightPromotion,
      List<MetricSpec> metrics,
      int webhooks) {

    public Analysis {
      stepWeights = List.copyOf(stepWeights);
      metrics = List.copyOf(metrics);
    }
  }

  /**
   * One {@code analysis.metrics[]} entry.
   *
   * @param interval the query window, default {@code 1m}
   * @param min {@code thresholdRange.min}, or null
   * @param max {@code thresholdRange.max}, or null
   * @param threshold the deprecated {@code threshold}, used only without a thresholdRange
   * @param query the deprecated inline {@code query}, empty when absent
   * @param templateName {@code templateRef.name}, empty when absent
   */
  public record MetricSpec(
      String name,
      String interval,
      Double min,
      Double max,
      boolean hasRange,
      double threshold,
      String query,
      String templateName,
      String templateNamespace,
      Map<String, String> templateVariables,
      Position position) {

    public MetricSpec {
      templateVariables = Map.copyOf(templateVariables);
    }
  }
}
