package dev.tollgate.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tollgate.core.InputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Run phase ordering (spec §2.5) and measurementRetention (§1.6). */
class RunPhaseAndRetentionTest {

  @Test
  void severityOrderIsSuccessfulRunningPendingInconclusiveErrorFailed() {
    List<AnalysisPhase> ordered =
        List.of(
            AnalysisPhase.SUCCESSFUL,
            AnalysisPhase.RUNNING,
            AnalysisPhase.PENDING,
            AnalysisPhase.INCONCLUSIVE,
            AnalysisPhase.ERROR,
            AnalysisPhase.FAILED);
    for (int i = 1; i < ordered.size(); i++) {
      assertThat(ordered.get(i).isWorseThan(ordered.get(i - 1))).isTrue();
      assertThat(ordered.get(i - 1).isWorseThan(ordered.get(i))).isFalse();
    }
  }

  @Test
  void runTakesTheWorstPhaseWhenMetricsEndAtTheSameInstant() {
    String yaml =
        """
        kind: AnalysisTemplate
        metadata: {name: t}
        spec:
          metrics:
          - name: errors
            consecutiveErrorLimit: 0
            successCondition: result > 1
            provider: {prometheus: {address: http://p, query: q}}
          - name: fails
            successCondition: result[0] > 1
            provider: {prometheus: {address: http://p, query: q}}
          - name: unsure
            successCondition: result[0] > 1
            failureCondition: result[0] < 0
            provider: {prometheus: {address: http://p, query: q}}
        """;
    AnalysisRun run =
        new AnalysisRun(
            Templates.metrics(yaml, Map.of()),
            ScriptedProvider.vectors(0.5),
            new ExprConditions(),
            0);
    while (run.step()) {}
    assertThat(run.results().get("errors").phase()).isEqualTo(AnalysisPhase.ERROR);
    assertThat(run.results().get("fails").phase()).isEqualTo(AnalysisPhase.FAILED);
    assertThat(run.results().get("unsure").phase()).isEqualTo(AnalysisPhase.INCONCLUSIVE);
    assertThat(run.phase()).isEqualTo(AnalysisPhase.FAILED);
    assertThat(run.message()).startsWith("Metric \"fails\" assessed Failed");
  }

  @Test
  void measurementRetentionKeepsTheLastMeasurementsOfMatchingMetrics() {
    String yaml =
        """
        kind: AnalysisTemplate
        metadata: {name: t}
        spec:
          measurementRetention:
          - metricName: ^lat
            limit: 2
          metrics:
          - name: latency
            interval: 1m
            count: 5
            provider: {prometheus: {address: http://p, query: q}}
          - name: errors
            interval: 1m
            count: 5
            provider: {prometheus: {address: http://p, query: q}}
        """;
    List<Metric> metrics = Templates.metrics(yaml, Map.of());
    assertThat(metrics.get(0).retention()).isEqualTo(2);
    assertThat(metrics.get(1).retention()).isEqualTo(Metric.DEFAULT_MEASUREMENT_RETENTION);
    AnalysisRun run =
        new AnalysisRun(metrics, ScriptedProvider.vectors(1), new ExprConditions(), 0);
    while (run.step()) {}
    MetricResult latency = run.results().get("latency");
    assertThat(latency.measurements()).hasSize(5);
    assertThat(latency.retainedMeasurements())
        .extracting(Measurement::timeMillis)
        .containsExactly(180_000L, 240_000L);
  }

  @Test
  void retentionRuleMatchingNoMetricIsAnError() {
    String yaml =
        """
        kind: AnalysisTemplate
        metadata: {name: t}
        spec:
          measurementRetention: [{metricName: nothing, limit: 3}]
          metrics: [{name: m, provider: {prometheus: {address: http://p, query: q}}}]
        """;
    InputException e =
        catchThrowableOfType(InputException.class, () -> Templates.metrics(yaml, Map.of()));
    assertThat(e.diagnostic().message())
        .isEqualTo("measurementRetention[0]: Rule didn't match any metric name(s)");
  }
}
