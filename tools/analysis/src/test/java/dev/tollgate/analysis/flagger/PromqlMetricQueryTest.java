package dev.tollgate.analysis.flagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.promql.Labels;
import dev.tollgate.promql.Storage;
import org.junit.jupiter.api.Test;

/** Flagger's built-in istio queries evaluated by tollgate's PromQL engine over stored series. */
class PromqlMetricQueryTest {
  private static final long MINUTE = 60_000;

  /** podinfo in namespace test: 100 req/s, of which {@code errorsPerSecond} are 5xx. */
  private static Storage traffic(double errorsPerSecond, long minutes) {
    Storage storage = new Storage();
    Labels ok = istio("200");
    Labels failed = istio("503");
    for (long s = 0; s <= minutes * 60; s += 15) {
      storage.add(ok, s * 1000, (100 - errorsPerSecond) * s);
      storage.add(failed, s * 1000, errorsPerSecond * s);
    }
    return storage;
  }

  private static Labels istio(String code) {
    return Labels.of(
        "__name__", "istio_requests_total",
        "reporter", "destination",
        "destination_workload_namespace", "test",
        "destination_workload", "podinfo",
        "response_code", code);
  }

  @Test
  void builtinSuccessRateIsAPercentage() throws Exception {
    String query =
        QueryTemplate.render(
            BuiltinQueries.query("istio", BuiltinQueries.SUCCESS_RATE),
            new QueryTemplate.Model(
                "podinfo", "test", "podinfo", "podinfo", "podinfo", "1m", java.util.Map.of()));
    double rate = new PromqlMetricQuery(traffic(8.8, 30)).query(query, 10 * MINUTE);
    assertThat(rate).isCloseTo(91.2, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void emptyResultIsNoValuesFoundAndScalarIsAnError() {
    PromqlMetricQuery query = new PromqlMetricQuery(traffic(0, 5));
    assertThatThrownBy(() -> query.query("up{job=\"none\"}", MINUTE))
        .isInstanceOf(NoValuesFoundException.class);
    assertThatThrownBy(() -> query.query("scalar(vector(1))", MINUTE))
        .hasMessageContaining("not a vector");
  }

  @Test
  void simulatedRollbackFromStoredSeries() {
    FlaggerLoader.Documents docs = FlaggerFixtures.load("step-weights-canary.yaml");
    // the step-weights canary is in namespace prod with target web: relabel the traffic
    Storage storage = new Storage();
    for (long s = 0; s <= 20 * 60; s += 15) {
      storage.add(labels("200"), s * 1000, 97.0 * s);
      storage.add(labels("500"), s * 1000, 3.0 * s);
    }
    FlaggerOutcome outcome =
        FlaggerSimulator.simulate(
            docs.canaries().get(0), docs.templates(), new PromqlMetricQuery(storage), 0);
    assertThat(outcome.line())
        .isEqualTo(
            "Rolled back at 2m: request-success-rate 97 < 99 (failed checks 2 >= threshold 2)");
  }

  private static Labels labels(String code) {
    return Labels.of(
        "__name__", "istio_requests_total",
        "reporter", "destination",
        "destination_workload_namespace", "prod",
        "destination_workload", "web",
        "response_code", code);
  }
}
