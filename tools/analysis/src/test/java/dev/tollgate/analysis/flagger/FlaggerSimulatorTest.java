package dev.tollgate.analysis.flagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scheduler against scripted metric values (MetricQuery keyed by the metric's query). */
class FlaggerSimulatorTest {
  private static final long MINUTE = 60_000;

  private final FlaggerLoader.Documents podinfo = FlaggerFixtures.load("podinfo-canary.yaml");
  private final List<String> asked = new ArrayList<>();

  /** Success rate, p99 latency (ms) and 404 percentage, chosen by which query is asked. */
  private MetricQuery metrics(
      java.util.function.LongToDoubleFunction successRate,
      java.util.function.LongToDoubleFunction latency,
      java.util.function.LongToDoubleFunction notFound) {
    return (promql, t) -> {
      asked.add(promql);
      if (promql.startsWith("histogram_quantile")) {
        return latency.applyAsDouble(t);
      }
      if (promql.startsWith("100 -")) {
        return notFound.applyAsDouble(t);
      }
      return successRate.applyAsDouble(t);
    };
  }

  private FlaggerOutcome run(MetricQuery query) {
    return FlaggerSimulator.simulate(podinfo.canaries().get(0), podinfo.templates(), query, 0);
  }

  @Test
  void healthyCanaryClimbsToMaxWeightAndPromotes() {
    FlaggerOutcome outcome = run(metrics(t -> 99.9, t -> 120, t -> 0.5));
    assertThat(outcome.result()).isEqualTo(FlaggerOutcome.Result.PROMOTED);
    // 0m new revision, 1m start + 10, 2m..5m 20..50, 6m checks pass at 50 -> promote
    assertThat(outcome.line()).isEqualTo("Promoted at 6m");
    assertThat(outcome.timeline())
        .extracting(FlaggerOutcome.Tick::weight)
        .containsExactly(0, 10, 20, 30, 40, 50, 50, 0, 0);
    assertThat(outcome.timeline())
        .extracting(FlaggerOutcome.Tick::phase)
        .endsWith("Promoting", "Finalising", "Succeeded");
    assertThat(outcome.timeline().get(1).metrics()).isEmpty(); // no metrics at weight 0
    assertThat(outcome.timeline().get(2).metrics()).hasSize(3);
    assertThat(asked.get(0)).contains("destination_workload=~\"podinfo\"").contains("[1m]");
    assertThat(asked.get(1)).contains("[30s]");
    assertThat(asked.get(2)).contains("destination_workload_namespace=\"test\"");
  }

  @Test
  void failingSuccessRateRollsBackOneTickAfterTheThreshold() {
    FlaggerOutcome outcome = run(metrics(t -> 91.2, t -> 120, t -> 0.5));
    assertThat(outcome.result()).isEqualTo(FlaggerOutcome.Result.ROLLED_BACK);
    // failures at 2m..6m make 5; the 7m tick rolls back
    assertThat(outcome.line())
        .isEqualTo(
            "Rolled back at 7m: request-success-rate 91.2 < 99 (failed checks 5 >= threshold 5)");
    assertThat(outcome.timeline()).extracting(FlaggerOutcome.Tick::weight).containsOnly(10, 0);
    assertThat(outcome.timeline().get(2).metrics()).hasSize(1); // stops at the first failure
  }

  @Test
  void failedChecksAreCumulativeAndNeverReset() {
    // every other minute fails: successes in between advance the weight but never reset the count
    FlaggerOutcome alternating =
        run(metrics(t -> (t / MINUTE) % 2 == 0 ? 95 : 99.5, t -> 120, t -> 0.5));
    assertThat(alternating.line())
        .isEqualTo(
            "Rolled back at 11m: request-success-rate 95 < 99 (failed checks 5 >= threshold 5)");
    assertThat(alternating.timeline()).extracting(FlaggerOutcome.Tick::weight).contains(50);
    // one failure (at 4m) only delays promotion by a tick
    FlaggerOutcome occasional =
        run(metrics(t -> (t / MINUTE) % 4 == 0 ? 95 : 99.5, t -> 120, t -> 0.5));
    assertThat(occasional.line()).isEqualTo("Promoted at 7m");
    assertThat(occasional.failedChecks()).isEqualTo(1);
  }

  @Test
  void latencyIsComparedInWholeMilliseconds() {
    FlaggerOutcome outcome = run(metrics(t -> 99.9, t -> 500.9, t -> 0.5));
    assertThat(outcome.result()).isEqualTo(FlaggerOutcome.Result.PROMOTED); // 500.9 -> 500ms
    FlaggerOutcome slow = run(metrics(t -> 99.9, t -> 650, t -> 0.5));
    assertThat(slow.line())
        .isEqualTo(
            "Rolled back at 7m: request-duration 650ms > 500ms (failed checks 5 >= threshold 5)");
  }

  @Test
  void customMetricTemplateIsCheckedAfterTheBuiltIns() {
    FlaggerOutcome outcome = run(metrics(t -> 99.9, t -> 120, t -> 7.5));
    assertThat(outcome.line())
        .isEqualTo(
            "Rolled back at 7m: not-found-percentage 7.5 > 5 (failed checks 5 >= threshold 5)");
    assertThat(outcome.timeline().get(2).metrics())
        .extracting(FlaggerOutcome.MetricCheck::name)
        .containsExactly("request-success-rate", "request-duration", "not-found-percentage");
  }

  @Test
  void noValuesFoundIsAFailedCheck() {
    MetricQuery empty =
        (q, t) -> {
          throw new NoValuesFoundException();
        };
    FlaggerOutcome outcome = run(empty);
    assertThat(outcome.result()).isEqualTo(FlaggerOutcome.Result.ROLLED_BACK);
    assertThat(outcome.reason())
        .startsWith("no values found for metric request-success-rate probably podinfo.test");
  }

  @Test
  void nanPassesBecauseEveryComparisonIsFalse() {
    FlaggerOutcome outcome = run(metrics(t -> Double.NaN, t -> Double.NaN, t -> Double.NaN));
    assertThat(outcome.result()).isEqualTo(FlaggerOutcome.Result.PROMOTED);
  }

  @Test
  void stepWeightsLadderWithDeprecatedThreshold() {
    FlaggerLoader.Documents docs = FlaggerFixtures.load("step-weights-canary.yaml");
    FlaggerOutcome outcome =
        FlaggerSimulator.simulate(docs.canaries().get(0), List.of(), (q, t) -> 99.5, 0);
    assertThat(outcome.timeline())
        .extracting(FlaggerOutcome.Tick::weight)
        .containsExactly(0, 1, 5, 25, 60, 60, 0, 0);
    assertThat(outcome.line()).isEqualTo("Promoted at 2m30s"); // 30s ticks, promotion at tick 5
    FlaggerOutcome failing =
        FlaggerSimulator.simulate(docs.canaries().get(0), List.of(), (q, t) -> 98.0, 0);
    assertThat(failing.line())
        .isEqualTo(
            "Rolled back at 2m: request-success-rate 98 < 99 (failed checks 2 >= threshold 2)");
  }

  @Test
  void ticksFollowTheCallersClock() {
    FlaggerOutcome outcome =
        FlaggerSimulator.simulate(
            podinfo.canaries().get(0),
            podinfo.templates(),
            metrics(t -> 99.9, t -> 1, t -> 0),
            10 * MINUTE);
    assertThat(outcome.timeline().get(0).timeMillis()).isEqualTo(10 * MINUTE);
    assertThat(outcome.line()).isEqualTo("Promoted at 16m");
  }

  @Test
  void missingMetricTemplateIsAnInputError() {
    assertThatThrownBy(
            () -> FlaggerSimulator.simulate(podinfo.canaries().get(0), List.of(), (q, t) -> 1, 0))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(
            "metric \"not-found-percentage\" references MetricTemplate \"not-found-percentage\" in"
                + " namespace \"istio-system\", which is not among the given files");
  }

  @Test
  void iterationsRunAbTestingThenPromote() {
    FlaggerCanary base = podinfo.canaries().get(0);
    FlaggerCanary.Analysis a = base.analysis();
    FlaggerCanary ab =
        new FlaggerCanary(
            base.name(),
            base.namespace(),
            base.provider(),
            base.targetKind(),
            base.targetName(),
            base.serviceName(),
            base.ingressName(),
            false,
            new FlaggerCanary.Analysis(
                a.intervalMillis(),
                a.interval(),
                a.threshold(),
                a.maxWeight(),
                0,
                List.of(),
                3,
                0,
                a.metrics(),
                0),
            base.position());
    FlaggerOutcome outcome =
        FlaggerSimulator.simulate(ab, podinfo.templates(), metrics(t -> 100, t -> 1, t -> 0), 0);
    // 1m start + iteration 1, 2m and 3m iterations 2 and 3, 4m promote
    assertThat(outcome.line()).isEqualTo("Promoted at 4m");
    assertThat(outcome.timeline()).extracting(FlaggerOutcome.Tick::weight).containsOnly(0);
    assertThat(Map.of("events", outcome.timeline().get(1).event()).get("events"))
        .isEqualTo(
            "Starting canary analysis for podinfo.test; Advance podinfo.test canary iteration 1/3");
  }

  @Test
  void stepWeightPromotionShiftsThePrimaryGradually() {
    FlaggerCanary base = podinfo.canaries().get(0);
    FlaggerCanary.Analysis a = base.analysis();
    FlaggerCanary gradual =
        new FlaggerCanary(
            base.name(),
            base.namespace(),
            base.provider(),
            base.targetKind(),
            base.targetName(),
            base.serviceName(),
            base.ingressName(),
            false,
            new FlaggerCanary.Analysis(
                a.intervalMillis(),
                a.interval(),
                a.threshold(),
                50,
                10,
                List.of(),
                0,
                20,
                a.metrics(),
                0),
            base.position());
    FlaggerOutcome outcome =
        FlaggerSimulator.simulate(
            gradual, podinfo.templates(), metrics(t -> 100, t -> 1, t -> 0), 0);
    assertThat(outcome.line()).isEqualTo("Promoted at 6m");
    // primary 50 -> 70 -> 90 -> 100 after the promotion at 6m
    assertThat(outcome.timeline())
        .extracting(FlaggerOutcome.Tick::weight)
        .containsExactly(0, 10, 20, 30, 40, 50, 50, 30, 10, 0, 0);
  }
}
