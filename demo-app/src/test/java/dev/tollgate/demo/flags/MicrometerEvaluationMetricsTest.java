package dev.tollgate.demo.flags;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The cached meters count exactly what the registry's own lookup would have counted. */
class MicrometerEvaluationMetricsTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MicrometerEvaluationMetrics metrics = new MicrometerEvaluationMetrics(registry);

  private double count(String flag, String variant, String reason) {
    var counter =
        registry
            .find("feature_flag_evaluations")
            .tags("flag", flag, "variant", variant, "reason", reason)
            .counter();
    return counter == null ? 0 : counter.count();
  }

  @Test
  void countsByFlagVariantAndReasonWhateverTheStringInstances() {
    metrics.record("new-pricing", "control", "TARGETING_MATCH", null, 1_000);
    // equal but distinct strings must land on the same counter
    metrics.record(
        new String("new-pricing"), new String("control"), new String("TARGETING_MATCH"), null, 1);
    metrics.record("new-pricing", "treatment", "TARGETING_MATCH", null, 1);
    metrics.record("new-pricing", "control", "DEFAULT", null, 1);
    metrics.record("kill", "false", "DEFAULT", null, 1);

    assertThat(count("new-pricing", "control", "TARGETING_MATCH")).isEqualTo(2);
    assertThat(count("new-pricing", "treatment", "TARGETING_MATCH")).isEqualTo(1);
    assertThat(count("new-pricing", "control", "DEFAULT")).isEqualTo(1);
    assertThat(count("kill", "false", "DEFAULT")).isEqualTo(1);
    assertThat(registry.find("feature_flag_evaluations").counters()).hasSize(4);
  }

  @Test
  void errorsAndMissingValuesGetTheirOwnTags() {
    metrics.record("gone", null, "ERROR", "FLAG_NOT_FOUND", 1);
    metrics.record("gone", null, "DEFAULT", "FLAG_NOT_FOUND", 1); // an error wins over the reason
    metrics.record("odd", "v", null, null, 1);

    assertThat(count("gone", "", "ERROR")).isEqualTo(2);
    assertThat(count("odd", "v", "UNKNOWN")).isEqualTo(1);
  }

  @Test
  void timesTheTimedEvaluationsPerFlagAndCountsAll() {
    metrics.record("new-pricing", "control", "TARGETING_MATCH", null, 2_000);
    metrics.record("new-pricing", "treatment", "TARGETING_MATCH", null, 4_000);
    metrics.record("new-pricing", "treatment", "TARGETING_MATCH", null, -1); // left untimed
    metrics.record("kill", "false", "DEFAULT", null, 500);

    var timer =
        registry.find("feature_flag_evaluation_duration").tag("flag", "new-pricing").timer();
    assertThat(timer).isNotNull();
    assertThat(timer.count()).isEqualTo(2);
    assertThat(timer.totalTime(TimeUnit.NANOSECONDS)).isEqualTo(6_000);
    assertThat(registry.find("feature_flag_evaluation_duration").timers()).hasSize(2);
    assertThat(count("new-pricing", "treatment", "TARGETING_MATCH")).isEqualTo(2);
    assertThat(metrics.timedOneIn()).isEqualTo(16);
  }
}
