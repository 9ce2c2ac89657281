package dev.tollgate.analysis;

import static dev.tollgate.analysis.AnalysisPhase.ERROR;
import static dev.tollgate.analysis.AnalysisPhase.FAILED;
import static dev.tollgate.analysis.AnalysisPhase.INCONCLUSIVE;
import static dev.tollgate.analysis.AnalysisPhase.RUNNING;
import static dev.tollgate.analysis.AnalysisPhase.SUCCESSFUL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every row of spec §2.7, run through templates, the expr engine and the scheduler. */
class WorkedDecisionsTest {

  private static final String SIMPLE =
      """
      name: m
      successCondition: result[0] >= 0.95
      provider: {prometheus: {address: http://p, query: q}}
      """;

  @Test
  void oneGoodMeasurementWithoutIntervalSucceeds() {
    AnalysisRun run = Templates.runToEnd(SIMPLE, ScriptedProvider.vectors(0.97));
    assertThat(run.phase()).isEqualTo(SUCCESSFUL);
    assertThat(Templates.phases(run, "m")).containsExactly(SUCCESSFUL);
    assertThat(run.results().get("m").measurements().get(0).value()).isEqualTo("[0.97]");
  }

  @Test
  void oneBadMeasurementFailsTheRunWithDefaultFailureLimitZero() {
    AnalysisRun run = Templates.runToEnd(SIMPLE, ScriptedProvider.vectors(0.90));
    assertThat(run.phase()).isEqualTo(FAILED);
    assertThat(run.message())
        .isEqualTo("Metric \"m\" assessed Failed due to failed (1) > failureLimit (0)");
  }

  @Test
  void emptyVectorErrorsEveryTenSecondsAndTheFifthErrorMakesTheRunError() {
    ScriptedProvider provider = ScriptedProvider.of(List.<Double>of());
    AnalysisRun run = Templates.runToEnd(SIMPLE, provider);
    assertThat(run.phase()).isEqualTo(ERROR);
    assertThat(Templates.phases(run, "m")).containsExactly(ERROR, ERROR, ERROR, ERROR, ERROR);
    assertThat(provider.askedAt).containsExactly(0L, 10_000L, 20_000L, 30_000L, 40_000L);
    assertThat(run.results().get("m").measurements().get(0).message()).contains("out of range");
    assertThat(run.message()).endsWith("consecutiveErrors (5) > consecutiveErrorLimit (4)");
  }

  @Test
  void neitherConditionHoldingWithBothSetIsInconclusive() {
    AnalysisRun run =
        Templates.runToEnd(
            """
            name: m
            successCondition: result[0] >= 0.9
            failureCondition: result[0] < 0.5
            provider: {prometheus: {address: http://p, query: q}}
            """,
            ScriptedProvider.vectors(0.7));
    assertThat(run.phase()).isEqualTo(INCONCLUSIVE);
  }

  private static final String COUNT_FIVE =
      """
      name: m
      interval: 1m
      count: 5
      failureLimit: 1
      successCondition: result[0] >= 0.95
      provider: {prometheus: {address: http://p, query: q}}
      """;

  @Test
  void oneFailureWithinFailureLimitStillSucceedsWhenCountIsReached() {
    ScriptedProvider provider = ScriptedProvider.vectors(.97, .90, .97, .97, .97);
    AnalysisRun run = Templates.runToEnd(COUNT_FIVE, provider);
    assertThat(run.phase()).isEqualTo(SUCCESSFUL);
    assertThat(run.endMillis()).isEqualTo(4 * 60_000L);
    assertThat(Templates.phases(run, "m"))
        .containsExactly(SUCCESSFUL, FAILED, SUCCESSFUL, SUCCESSFUL, SUCCESSFUL);
  }

  @Test
  void secondFailureOverFailureLimitFailsAtTheThirdMeasurement() {
    AnalysisRun run = Templates.runToEnd(COUNT_FIVE, ScriptedProvider.vectors(.97, .90, .90));
    assertThat(run.phase()).isEqualTo(FAILED);
    assertThat(run.endMillis()).isEqualTo(2 * 60_000L);
    assertThat(Templates.phases(run, "m")).hasSize(3);
  }

  @Test
  void indefiniteBackgroundMetricRunsUntilTerminatedThenSucceeds() {
    AnalysisRun run =
        new AnalysisRun(
            Templates.metrics(
                Templates.template(
                    """
                    name: m
                    interval: 5m
                    successCondition: result[0] >= 0.95
                    provider: {prometheus: {address: http://p, query: q}}
                    """),
                java.util.Map.of()),
            ScriptedProvider.vectors(0.99),
            new ExprConditions(),
            0);
    run.advanceTo(60 * 60_000L);
    assertThat(run.phase()).isEqualTo(RUNNING);
    assertThat(Templates.phases(run, "m")).hasSize(13);
    run.terminate(61 * 60_000L);
    assertThat(run.phase()).isEqualTo(SUCCESSFUL);
    assertThat(run.results().get("m").phase()).isEqualTo(SUCCESSFUL);
  }

  @Test
  void consecutiveSuccessLimitWithFailureLimitDisabledSucceedsAtTheFifthMeasurement() {
    ScriptedProvider provider = ScriptedProvider.vectors(.1, .1, .99, .99, .99, .1);
    AnalysisRun run =
        Templates.runToEnd(
            """
            name: m
            interval: 1m
            count: 10
            failureLimit: -1
            consecutiveSuccessLimit: 3
            successCondition: result[0] >= 0.95
            provider: {prometheus: {address: http://p, query: q}}
            """,
            provider);
    assertThat(run.phase()).isEqualTo(SUCCESSFUL);
    assertThat(Templates.phases(run, "m"))
        .containsExactly(FAILED, FAILED, SUCCESSFUL, SUCCESSFUL, SUCCESSFUL);
  }

  @Test
  void countReachedWithoutConsecutiveSuccessesIsInconclusive() {
    AnalysisRun run =
        Templates.runToEnd(
            """
            name: m
            interval: 1m
            count: 5
            failureLimit: 2
            consecutiveSuccessLimit: 3
            successCondition: result[0] >= 0.95
            provider: {prometheus: {address: http://p, query: q}}
            """,
            ScriptedProvider.vectors(.99, .1, .99, .99, .1));
    assertThat(run.phase()).isEqualTo(INCONCLUSIVE);
    assertThat(Templates.phases(run, "m")).hasSize(5);
  }

  private static AnalysisPhase scalarRun(String conditions, double value) {
    return Templates.runToEnd(
            "name: m\n" + conditions + "\nprovider: {prometheus: {address: http://p, query: q}}",
            ScriptedProvider.of(value))
        .phase();
  }

  @Test
  void nanScalarFailsASuccessConditionBecauseNanComparisonsAreFalse() {
    assertThat(scalarRun("successCondition: result >= 0.95", Double.NaN)).isEqualTo(FAILED);
  }

  @Test
  void nanScalarWithBothConditionsIsInconclusive() {
    assertThat(
            scalarRun(
                "successCondition: result >= 0.95\nfailureCondition: result < 0.95", Double.NaN))
        .isEqualTo(INCONCLUSIVE);
  }

  @Test
  void nanScalarGuardedByIsNaNSucceeds() {
    assertThat(scalarRun("successCondition: isNaN(result) || result >= 0.95", Double.NaN))
        .isEqualTo(SUCCESSFUL);
  }

  @Test
  void infiniteScalarPassesAComparisonButFailsAnIsInfFailureCondition() {
    assertThat(scalarRun("successCondition: result >= 0.9", Double.POSITIVE_INFINITY))
        .isEqualTo(SUCCESSFUL);
    assertThat(scalarRun("failureCondition: isInf(result)", Double.POSITIVE_INFINITY))
        .isEqualTo(FAILED);
  }
}
