package dev.tollgate.analysis;

import static dev.tollgate.analysis.AnalysisPhase.ERROR;
import static dev.tollgate.analysis.AnalysisPhase.FAILED;
import static dev.tollgate.analysis.AnalysisPhase.INCONCLUSIVE;
import static dev.tollgate.analysis.AnalysisPhase.SUCCESSFUL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The surprises of spec §2.8 and the other rules of §2.1-§2.5 that tests must pin down. */
class SurprisesTest {

  @Test
  void errorsNeverCountTowardFailureLimitAndOnlyDelayTheRun() {
    ScriptedProvider.Failure down = new ScriptedProvider.Failure("connection refused");
    ScriptedProvider provider =
        ScriptedProvider.of(down, down, down, down, List.of(0.99), down, List.of(0.99));
    AnalysisRun run =
        Templates.runToEnd(
            """
            name: m
            interval: 1m
            count: 2
            successCondition: result[0] >= 0.95
            provider: {prometheus: {address: http://p, query: q}}
            """,
            provider);
    assertThat(run.phase()).isEqualTo(SUCCESSFUL);
    assertThat(provider.askedAt)
        .containsExactly(0L, 10_000L, 20_000L, 30_000L, 40_000L, 100_000L, 110_000L);
    MetricResult result = run.results().get("m");
    assertThat(result.error()).isEqualTo(5);
    assertThat(result.count()).isEqualTo(2);
  }

  @Test
  void runIsSuccessfulWhenCountIsReachedEvenIfEveryMeasurementWasErrorOrFailed() {
    // issue #4479: failures within failureLimit and errors within the error limit
    ScriptedProvider.Failure down = new ScriptedProvider.Failure("timeout");
    ScriptedProvider provider =
        ScriptedProvider.of(down, List.of(0.1), down, down, List.of(0.1), down, List.of(0.1));
    AnalysisRun run =
        Templates.runToEnd(
            """
            name: m
            interval: 1m
            count: 3
            failureLimit: 3
            successCondition: result[0] >= 0.95
            provider: {prometheus: {address: http://p, query: q}}
            """,
            provider);
    assertThat(run.phase()).isEqualTo(SUCCESSFUL);
    assertThat(Templates.phases(run, "m"))
        .containsExactly(ERROR, FAILED, ERROR, ERROR, FAILED, ERROR, FAILED);
  }

  @Test
  void failureConditionWinsWhenBothConditionsHold() {
    AnalysisRun run =
        Templates.runToEnd(
            """
            name: m
            successCondition: result[0] > 0
            failureCondition: result[0] > 0.5
            provider: {prometheus: {address: http://p, query: q}}
            """,
            ScriptedProvider.vectors(0.9));
    assertThat(run.phase()).isEqualTo(FAILED);
  }

  @Test
  void metricWithoutConditionsIsSuccessfulNotInconclusive() {
    AnalysisRun run =
        Templates.runToEnd(
            "name: m\nprovider: {prometheus: {address: http://p, query: q}}",
            ScriptedProvider.vectors(123));
    assertThat(run.phase()).isEqualTo(SUCCESSFUL);
  }

  @Test
  void failureLimitThreeNeedsFourFailures() {
    AnalysisRun run =
        Templates.runToEnd(
            """
            name: m
            interval: 1m
            count: 10
            failureLimit: 3
            successCondition: result[0] >= 0.95
            provider: {prometheus: {address: http://p, query: q}}
            """,
            ScriptedProvider.vectors(0.1));
    assertThat(Templates.phases(run, "m")).containsExactly(FAILED, FAILED, FAILED, FAILED);
    assertThat(run.results().get("m").message()).isEqualTo("4 failures > failureLimit 3");
  }

  @Test
  void vectorComparedWithoutIndexIsAnErrorMeasurement() {
    AnalysisRun run =
        Templates.runToEnd(
            """
            name: m
            successCondition: result > 0.95
            consecutiveErrorLimit: 0
            provider: {prometheus: {address: http://p, query: q}}
            """,
            ScriptedProvider.vectors(0.99));
    assertThat(run.phase()).isEqualTo(ERROR);
    assertThat(Templates.phases(run, "m")).containsExactly(ERROR);
  }

  @Test
  void whenOneMetricFailsTheOthersAreTerminatedAsSuccessfulAtThatInstant() {
    String yaml =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: AnalysisTemplate
        metadata: {name: t}
        spec:
          metrics:
          - name: fast
            successCondition: result[0] < 1
            provider: {prometheus: {address: http://p, query: fast}}
          - name: slow
            interval: 5m
            count: 3
            successCondition: result[0] < 1
            initialDelay: 1m
            provider: {prometheus: {address: http://p, query: slow}}
        """;
    AnalysisRun run =
        new AnalysisRun(
            Templates.metrics(yaml, Map.of()),
            ScriptedProvider.vectors(5),
            new ExprConditions(),
            0);
    while (run.step()) {}
    assertThat(run.phase()).isEqualTo(FAILED);
    assertThat(run.endMillis()).isZero();
    assertThat(run.results().get("slow").phase()).isEqualTo(SUCCESSFUL);
    assertThat(run.results().get("slow").measurements()).isEmpty();
  }

  @Test
  void dryRunMetricFailureNeitherTerminatesNorWorsensTheRun() {
    String yaml =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: AnalysisTemplate
        metadata: {name: t}
        spec:
          dryRun:
          - metricName: total
          metrics:
          - name: total-5xx-errors
            successCondition: result[0] < 1
            provider: {prometheus: {address: http://p, query: q}}
          - name: latency
            interval: 1m
            count: 2
            successCondition: result[0] > 1
            provider: {prometheus: {address: http://p, query: q}}
        """;
    List<Metric> metrics = Templates.metrics(yaml, Map.of());
    assertThat(metrics.get(0).dryRun()).isTrue();
    assertThat(metrics.get(1).dryRun()).isFalse();
    AnalysisRun run =
        new AnalysisRun(metrics, ScriptedProvider.vectors(5), new ExprConditions(), 0);
    while (run.step()) {}
    assertThat(run.results().get("total-5xx-errors").phase()).isEqualTo(FAILED);
    assertThat(run.phase()).isEqualTo(SUCCESSFUL);
    assertThat(run.endMillis()).isEqualTo(60_000L);
  }

  @Test
  void inconclusiveLimitTripsOnTheMeasurementOverIt() {
    AnalysisRun run =
        Templates.runToEnd(
            """
            name: m
            interval: 1m
            count: 5
            inconclusiveLimit: 1
            successCondition: result[0] >= 0.9
            failureCondition: result[0] < 0.5
            provider: {prometheus: {address: http://p, query: q}}
            """,
            ScriptedProvider.vectors(0.7));
    assertThat(Templates.phases(run, "m")).containsExactly(INCONCLUSIVE, INCONCLUSIVE);
    assertThat(run.phase()).isEqualTo(INCONCLUSIVE);
    assertThat(run.message()).endsWith("inconclusive (2) > inconclusiveLimit (1)");
  }

  @Test
  void initialDelayPostponesTheFirstMeasurement() {
    ScriptedProvider provider = ScriptedProvider.vectors(0.99);
    Templates.runToEnd(
        """
        name: m
        initialDelay: 2m30s
        interval: 1m
        count: 2
        successCondition: result[0] >= 0.95
        provider: {prometheus: {address: http://p, query: q}}
        """,
        provider);
    assertThat(provider.askedAt).containsExactly(150_000L, 210_000L);
  }

  @Test
  void secretArgumentValuesAreRedactedInMeasurementMessages() {
    String yaml =
        """
        kind: AnalysisTemplate
        metadata: {name: t}
        spec:
          args:
          - name: token
            valueFrom: {secretKeyRef: {name: s, key: k}}
          metrics:
          - name: m
            provider: {prometheus: {address: http://p, query: 'x{t="{{args.token}}"}'}}
        """;
    Map<String, String> args = Map.of("token", "hunter2");
    List<Metric> metrics = Templates.metrics(yaml, args);
    assertThat(metrics.get(0).prometheus().query()).isEqualTo("x{t=\"hunter2\"}");
    AnalysisRun run =
        new AnalysisRun(
            metrics,
            ScriptedProvider.of(new ScriptedProvider.Failure("bad query x{t=\"hunter2\"}")),
            new ExprConditions(),
            0);
    run.setSecrets(
        dev.tollgate.analysis.template.RunBuilder.secretValues(
            Templates.load(yaml), List.of(), args));
    run.step();
    assertThat(run.results().get("m").measurements().get(0).message())
        .isEqualTo("bad query x{t=\"*****\"}");
  }
}
