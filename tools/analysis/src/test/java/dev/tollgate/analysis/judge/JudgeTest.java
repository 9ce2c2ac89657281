package dev.tollgate.analysis.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** End to end over the fixture config and series files. */
class JudgeTest {

  private static JudgeResult judge(String series) {
    JudgeConfig config = JudgeTestFiles.config();
    Map<String, JudgeFiles.Samples> samples =
        JudgeFiles.loadSeries(JudgeTestFiles.resource(series), series, config);
    return Judge.judge(config, samples);
  }

  @Test
  void similarCanaryPassesWith100() {
    JudgeResult result = judge("series-pass.yaml");
    assertThat(result.metrics())
        .extracting(MetricResult::classification)
        .containsOnly(Classification.Pass);
    assertThat(result.score()).isEqualTo(100.0);
    assertThat(result.verdict()).isEqualTo(JudgeResult.Verdict.Pass);
    assertThat(result.metrics().get(1).baselineCount()).isEqualTo(9); // the NaN was removed
  }

  @Test
  void criticalErrorRatioIncreaseFailsWithScoreZero() {
    JudgeResult result = judge("series-fail.json");
    assertThat(result.metrics().get(0).classification()).isEqualTo(Classification.High);
    assertThat(result.metrics().get(0).critical()).isTrue();
    assertThat(result.score()).isZero();
    assertThat(result.verdict()).isEqualTo(JudgeResult.Verdict.Fail);
  }

  @Test
  void nonCriticalLatencyRegressionIsMarginal() {
    JudgeResult result = judge("series-marginal.yaml");
    assertThat(result.metrics().get(1).classification()).isEqualTo(Classification.High);
    assertThat(result.groupScores()).containsEntry("errors", 100.0).containsEntry("latency", 50.0);
    assertThat(result.score()).isEqualTo(80.0);
    assertThat(result.verdict()).isEqualTo(JudgeResult.Verdict.Marginal);
  }
}
