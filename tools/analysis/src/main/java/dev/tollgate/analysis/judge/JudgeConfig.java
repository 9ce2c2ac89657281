package dev.tollgate.analysis.judge;

import java.util.List;
import java.util.Map;

/**
 * A canary judge configuration: metrics, Kayenta's {@code classifier.groupWeights}, the score
 * thresholds and, for live runs, the baseline and canary label selectors.
 */
public record JudgeConfig(
    List<MetricConfig> metrics,
    Map<String, Double> groupWeights,
    double passThreshold,
    double marginalThreshold,
    String baselineSelector,
    String canarySelector) {

  public JudgeConfig {
    metrics = List.copyOf(metrics);
    groupWeights = Map.copyOf(groupWeights);
  }
}
