package dev.tollgate.analysis.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgeFilesTest {

  @Test
  void readsKayentaStyleMetricSettingsWithDefaults() {
    JudgeConfig config = JudgeTestFiles.config();
    assertThat(config.passThreshold()).isEqualTo(95);
    assertThat(config.marginalThreshold()).isEqualTo(75);
    assertThat(config.groupWeights()).containsEntry("errors", 60.0);
    assertThat(config.baselineSelector()).isEqualTo("track=\"baseline\"");
    MetricConfig errors = config.metrics().get(0);
    assertThat(errors.direction()).isEqualTo(MetricConfig.Direction.INCREASE);
    assertThat(errors.critical()).isTrue();
    assertThat(errors.allowedIncrease()).isEqualTo(1.1);
    assertThat(errors.allowedDecrease()).isEqualTo(1.0);
    assertThat(errors.criticalIncrease()).isEqualTo(1.5);
    assertThat(errors.removeOutliers()).isFalse();
    MetricConfig latency = config.metrics().get(1);
    assertThat(latency.removeOutliers()).isTrue();
    assertThat(latency.nanReplace()).isFalse();
  }

  @Test
  void seriesFilesInYamlAndJsonAgreeInShape() {
    JudgeConfig config = JudgeTestFiles.config();
    Map<String, JudgeFiles.Samples> yaml =
        JudgeFiles.loadSeries(JudgeTestFiles.resource("series-pass.yaml"), "pass.yaml", config);
    Map<String, JudgeFiles.Samples> json =
        JudgeFiles.loadSeries(JudgeTestFiles.resource("series-fail.json"), "fail.json", config);
    assertThat(yaml.keySet()).containsExactlyElementsOf(json.keySet());
    assertThat(yaml.get("p99-latency").baseline()[6]).isNaN();
    assertThat(json.get("error-ratio").canary()).hasSize(10);
  }

  @Test
  void unknownDirectionIsAPositionedError() {
    assertThatThrownBy(
            () -> JudgeFiles.loadConfig(JudgeTestFiles.resource("bad-config.yaml"), "bad.yaml"))
        .isInstanceOf(InputException.class)
        .satisfies(
            e ->
                assertThat(((InputException) e).diagnostic().render())
                    .startsWith("bad.yaml:5:20: error: \"direction\" is \"upward\", not one of")
                    .contains("[judge-config]")
                    .contains("hint: "));
  }

  @Test
  void misspelledFieldIsRejectedNotIgnored(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("j.yaml");
    Files.writeString(
        file,
        "metrics:\n  - name: a\n    analysisConfigurations:\n      canary:\n        critcal: true\n");
    assertThatThrownBy(() -> JudgeFiles.loadConfig(file, "j.yaml"))
        .hasMessage("j.yaml:5:9: unknown field \"critcal\" in analysisConfigurations.canary");
  }

  @Test
  void seriesMustCoverEveryMetricAndOnlyThose(@TempDir Path dir) throws IOException {
    JudgeConfig config = JudgeTestFiles.config();
    Path missing = dir.resolve("s.yaml");
    Files.writeString(missing, "metrics:\n  error-ratio: {baseline: [1], canary: [2]}\n");
    assertThatThrownBy(() -> JudgeFiles.loadSeries(missing, "s.yaml", config))
        .hasMessageContaining("no series for metric \"p99-latency\"");
    Path extra = dir.resolve("t.yaml");
    Files.writeString(extra, "metrics:\n  typo: {baseline: [1], canary: [2]}\n");
    assertThatThrownBy(() -> JudgeFiles.loadSeries(extra, "t.yaml", config))
        .hasMessage("t.yaml:2:3: series for \"typo\", which the judge config does not define");
    Path text = dir.resolve("u.yaml");
    Files.writeString(
        text,
        """
        metrics:
          error-ratio: {baseline: [1, fast], canary: [2]}
          p99-latency: {baseline: [], canary: []}
          throughput: {baseline: [], canary: []}
        """);
    assertThatThrownBy(() -> JudgeFiles.loadSeries(text, "u.yaml", config))
        .hasMessage("u.yaml:2:31: baseline sample 2 must be a number");
  }
}
