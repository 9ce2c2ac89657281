package dev.tollgate.analysis.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private static MetricResult result(
      String name, String group, Classification c, boolean critical, boolean muted) {
    return new MetricResult(
        name,
        List.of(group),
        c,
        "",
        critical,
        muted,
        1.0,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        10,
        10,
        1,
        1);
  }

  private static JudgeConfig config(Map<String, Double> weights) {
    return new JudgeConfig(
        List.of(MetricConfig.defaults("x", List.of("g"))), weights, 95, 75, "", "");
  }

  @Test
  void groupScoresAreWeightedIntoTheSummary() {
    List<MetricResult> results =
        List.of(
            result("a", "errors", Classification.Pass, false, false),
            result("b", "errors", Classification.High, false, false),
            result("c", "latency", Classification.Pass, false, false),
            result("d", "latency", Classification.Pass, false, false),
            result("e", "latency", Classification.Low, false, false));
    JudgeResult judged = Scorer.score(config(Map.of("errors", 60.0, "latency", 40.0)), results);
    assertThat(judged.groupScores()).containsEntry("errors", 50.0);
    assertThat(judged.groupScores().get("latency")).isCloseTo(66.666, within());
    assertThat(judged.score()).isEqualTo(56.67); // 50*0.6 + 66.67*0.4, rounded to 2 places
    assertThat(judged.verdict()).isEqualTo(JudgeResult.Verdict.Fail);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.001);
  }

  @Test
  void unweightedGroupsShareTheRest() {
    List<MetricResult> results =
        List.of(
            result("a", "errors", Classification.Pass, false, false),
            result("b", "latency", Classification.High, false, false),
            result("c", "saturation", Classification.Pass, false, false));
    // errors 50; latency and saturation share the other 50 (25 each): 50 + 0 + 25
    assertThat(Scorer.score(config(Map.of("errors", 50.0)), results).score()).isEqualTo(75.0);
    // no weights at all: three equal thirds
    assertThat(Scorer.score(config(Map.of()), results).score()).isEqualTo(66.67);
  }

  @Test
  void nodataAndErrorAreLeftOutButNodataFailMetricCounts() {
    List<MetricResult> results =
        List.of(
            result("a", "g", Classification.Pass, false, false),
            result("b", "g", Classification.Error, false, false),
            result("c", "h", Classification.Pass, false, false),
            result("d", "h", Classification.NodataFailMetric, false, false));
    JudgeResult judged = Scorer.score(config(Map.of()), results);
    assertThat(judged.groupScores()).containsEntry("g", 100.0).containsEntry("h", 50.0);
    assertThat(judged.score()).isEqualTo(75.0);
    assertThat(judged.verdict()).isEqualTo(JudgeResult.Verdict.Marginal);
  }

  @Test
  void aGroupWithOnlyNodataScores100() {
    List<MetricResult> results =
        List.of(
            result("a", "g", Classification.Pass, false, false),
            result("b", "g", Classification.Pass, false, false),
            result("c", "h", Classification.Nodata, false, false));
    JudgeResult judged = Scorer.score(config(Map.of()), results);
    assertThat(judged.groupScores()).containsEntry("h", 100.0);
    assertThat(judged.score()).isEqualTo(100.0);
    assertThat(judged.verdict()).isEqualTo(JudgeResult.Verdict.Pass);
  }

  @Test
  void failingCriticalMetricZeroesTheScore() {
    List<MetricResult> results =
        List.of(
            result("a", "g", Classification.Pass, false, false),
            result("b", "g", Classification.Pass, false, false),
            result("c", "h", Classification.High, true, false));
    JudgeResult judged = Scorer.score(config(Map.of()), results);
    assertThat(judged.score()).isZero();
    assertThat(judged.verdict()).isEqualTo(JudgeResult.Verdict.Fail);
    assertThat(judged.reason()).isEqualTo("critical metric c was classified High");
  }

  @Test
  void halfTheMetricsWithoutDataZeroesTheScore() {
    List<MetricResult> results = new ArrayList<>();
    results.add(result("a", "g", Classification.Pass, false, false));
    results.add(result("b", "g", Classification.Nodata, false, false));
    JudgeResult judged = Scorer.score(config(Map.of()), results);
    assertThat(judged.score()).isZero();
    assertThat(judged.reason()).isEqualTo("1 of 2 metrics have no data");
  }

  @Test
  void mutedMetricsAreDropped() {
    List<MetricResult> results =
        List.of(
            result("a", "g", Classification.Pass, false, false),
            result("b", "g", Classification.High, true, true));
    JudgeResult judged = Scorer.score(config(Map.of()), results);
    assertThat(judged.score()).isEqualTo(100.0);
    assertThat(judged.metrics()).hasSize(2);
  }
}
