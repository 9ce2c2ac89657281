package dev.tollgate.analysis.judge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kayenta's {@code WeightedSumScorer} and {@code ThresholdScoreClassifier}: per-group pass ratios,
 * weighted into a 0–100 score, forced to 0 by a failing critical metric or by half the metrics
 * having no data, then compared with the pass and marginal thresholds.
 */
public final class Scorer {
  private Scorer() {}

  public static JudgeResult score(JudgeConfig config, List<MetricResult> results) {
    List<MetricResult> counted = new ArrayList<>();
    for (MetricResult r : results) {
      if (!r.muted()) {
        counted.add(r);
      }
    }
    Map<String, int[]> tallies = new LinkedHashMap<>(); // group -> {pass, fail}
    for (MetricResult r : counted) {
      for (String group : r.groups()) {
        int[] tally = tallies.computeIfAbsent(group, g -> new int[2]);
        switch (r.classification()) {
          case Pass -> tally[0]++;
          case High, Low, NodataFailMetric -> tally[1]++;
          default -> {} // Nodata and Error are left out
        }
      }
    }
    Map<String, Double> groupScores = new LinkedHashMap<>();
    tallies.forEach(
        (group, t) ->
            groupScores.put(group, t[0] + t[1] == 0 ? 100.0 : 100.0 * t[0] / (t[0] + t[1])));

    double given = 0;
    int unweighted = 0;
    for (String group : groupScores.keySet()) {
      Double weight = config.groupWeights().get(group);
      if (weight == null) {
        unweighted++;
      } else {
        given += weight;
      }
    }
    double share = unweighted == 0 ? 0 : (100 - given) / unweighted;
    double sum = 0;
    for (Map.Entry<String, Double> e : groupScores.entrySet()) {
      double weight = config.groupWeights().getOrDefault(e.getKey(), share);
      sum += e.getValue() * weight / 100;
    }
    double score = round2(sum);

    String reason = "";
    for (MetricResult r : counted) {
      if (r.critical() && r.classification() != Classification.Pass) {
        score = 0;
        reason = "critical metric " + r.name() + " was classified " + r.classification();
        break;
      }
    }
    long noData = counted.stream().filter(r -> r.classification() == Classification.Nodata).count();
    if (reason.isEmpty() && !counted.isEmpty() && noData * 2 >= counted.size()) {
      score = 0;
      reason = noData + " of " + counted.size() + " metrics have no data";
    }
    JudgeResult.Verdict verdict =
        score >= config.passThreshold()
            ? JudgeResult.Verdict.Pass
            : score >= config.marginalThreshold()
                ? JudgeResult.Verdict.Marginal
                : JudgeResult.Verdict.Fail;
    return new JudgeResult(results, groupScores, score, verdict, reason);
  }

  private static double round2(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }
}
