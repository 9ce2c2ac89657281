package dev.tollgate.analysis.judge;

import java.util.List;
import java.util.Map;

/**
 * The canary's judgement: per-metric results, per-group scores, the 0–100 score and the verdict.
 *
 * @param reason why the score was forced to 0, or empty
 */
public record JudgeResult(
    List<MetricResult> metrics,
    Map<String, Double> groupScores,
    double score,
    Verdict verdict,
    String reason) {

  /** Kayenta's ThresholdScoreClassifier outcome; Argo maps it to Successful/Inconclusive/Failed. */
  public enum Verdict {
    Pass,
    Marginal,
    Fail
  }
}
