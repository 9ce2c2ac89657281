package dev.tollgate.analysis.flagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.InputException;
import org.junit.jupiter.api.Test;

class FlaggerLoaderTest {

  @Test
  void readsCanaryAnalysisAndMetricTemplate() {
    FlaggerLoader.Documents docs = FlaggerFixtures.load("podinfo-canary.yaml");
    assertThat(docs.canaries()).hasSize(1);
    FlaggerCanary canary = docs.canaries().get(0);
    assertThat(canary.name()).isEqualTo("podinfo");
    assertThat(canary.namespace()).isEqualTo("test");
    FlaggerCanary.Analysis analysis = canary.analysis();
    assertThat(analysis.intervalMillis()).isEqualTo(60_000);
    assertThat(analysis.threshold()).isEqualTo(5);
    assertThat(analysis.maxWeight()).isEqualTo(50);
    assertThat(analysis.stepWeight()).isEqualTo(10);
    assertThat(analysis.webhooks()).isEqualTo(1);
    assertThat(analysis.metrics())
        .extracting(FlaggerCanary.MetricSpec::name)
        .containsExactly("request-success-rate", "request-duration", "not-found-percentage");
    FlaggerCanary.MetricSpec rate = analysis.metrics().get(0);
    assertThat(rate.min()).isEqualTo(99.0);
    assertThat(rate.max()).isNull();
    assertThat(analysis.metrics().get(1).interval()).isEqualTo("30s");
    assertThat(analysis.metrics().get(2).templateNamespace()).isEqualTo("istio-system");
    assertThat(docs.templates()).hasSize(1);
    assertThat(docs.templates().get(0).query()).contains("{{ interval }}");
  }

  @Test
  void stepWeightsSetMaxWeightAndThresholdDefaults() {
    FlaggerCanary canary = FlaggerFixtures.load("step-weights-canary.yaml").canaries().get(0);
    assertThat(canary.analysis().maxWeight()).isEqualTo(60);
    assertThat(canary.analysis().stepWeights()).containsExactly(1, 5, 25, 60);
    assertThat(canary.analysis().metrics().get(0).hasRange()).isFalse();
    assertThat(canary.analysis().metrics().get(0).threshold()).isEqualTo(99.0);
    assertThat(canary.provider()).isEqualTo("istio");
  }

  @Test
  void analysisWithoutAnyStepIsAPositionedError() {
    assertThatThrownBy(() -> FlaggerFixtures.load("no-steps-canary.yaml"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "no-steps-canary.yaml:9:3: Canary \"web\" analysis has no stepWeight, stepWeights or"
                + " iterations");
  }
}
