package dev.tollgate.analysis.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricClassifierTest {
  private static final double[] BASELINE = {10, 11, 9, 10, 12, 10, 11, 9, 10, 11};
  private static final double[] SIMILAR = {10, 10, 11, 9, 11, 10, 12, 10, 9, 12};
  private static final double[] MUCH_HIGHER = {20, 21, 19, 22, 20, 21, 23, 20, 19, 22};
  private static final double[] MUCH_LOWER = {5, 4, 6, 5, 5, 4, 6, 5, 4, 5};

  private static MetricConfig metric() {
    return MetricConfig.defaults("m", List.of("g"));
  }

  private static MetricConfig with(MetricConfig.Direction direction, boolean critical) {
    MetricConfig d = metric();
    return new MetricConfig(
        d.name(),
        d.groups(),
        "",
        direction,
        false,
        false,
        3.0,
        critical,
        false,
        false,
        "meanRatio",
        1.0,
        1.0,
        1.0,
        1.0);
  }

  @Test
  void clearlyHigherCanaryIsHighWithTheMeanRatio() {
    MetricResult r = MetricClassifier.classify(metric(), BASELINE, MUCH_HIGHER);
    assertThat(r.classification()).isEqualTo(Classification.High);
    assertThat(r.effectSize()).isCloseTo(20.7 / 10.3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(r.lower()).isPositive();
    assertThat(r.estimate()).isBetween(r.lower(), r.upper());
    assertThat(r.pValue()).isLessThan(0.001);
    assertThat(r.critical()).isFalse();
  }

  @Test
  void clearlyLowerCanaryIsLow() {
    MetricResult r = MetricClassifier.classify(metric(), BASELINE, MUCH_LOWER);
    assertThat(r.classification()).isEqualTo(Classification.Low);
    assertThat(r.upper()).isNegative();
  }

  @Test
  void similarSamplesPass() {
    MetricResult r = MetricClassifier.classify(metric(), BASELINE, SIMILAR);
    assertThat(r.classification()).isEqualTo(Classification.Pass);
    assertThat(r.lower()).isNegative();
    assertThat(r.upper()).isPositive();
  }

  @Test
  void directionDecreaseIgnoresAnIncrease() {
    MetricConfig decreaseOnly = with(MetricConfig.Direction.DECREASE, false);
    assertThat(MetricClassifier.classify(decreaseOnly, BASELINE, MUCH_HIGHER).classification())
        .isEqualTo(Classification.Pass);
    assertThat(MetricClassifier.classify(decreaseOnly, BASELINE, MUCH_LOWER).classification())
        .isEqualTo(Classification.Low);
  }

  @Test
  void allowedIncreaseToleratesASmallEffect() {
    double[] steady = {100, 101, 99, 100, 102, 100, 101, 99, 100, 101};
    double[] tenPercentUp = {110, 111, 109, 110, 112, 110, 111, 109, 110, 111};
    MetricConfig strict = metric();
    MetricConfig lenient =
        new MetricConfig(
            "m",
            List.of("g"),
            "",
            MetricConfig.Direction.EITHER,
            false,
            false,
            3.0,
            false,
            false,
            false,
            "meanRatio",
            1.2,
            1.0,
            1.0,
            1.0);
    assertThat(MetricClassifier.classify(strict, steady, tenPercentUp).classification())
        .isEqualTo(Classification.High);
    assertThat(MetricClassifier.classify(lenient, steady, tenPercentUp).classification())
        .isEqualTo(Classification.Pass);
  }

  @Test
  void criticalHighIsMarkedCritical() {
    MetricResult r =
        MetricClassifier.classify(with(MetricConfig.Direction.EITHER, true), BASELINE, MUCH_HIGHER);
    assertThat(r.classification()).isEqualTo(Classification.High);
    assertThat(r.critical()).isTrue();
  }

  @Test
  void identicalDataPassesWithoutATest() {
    MetricResult r = MetricClassifier.classify(metric(), BASELINE, BASELINE.clone());
    assertThat(r.classification()).isEqualTo(Classification.Pass);
    assertThat(r.reason()).isEqualTo("The Canary and Baseline data are identical");
    assertThat(r.pValue()).isNaN();
  }

  @Test
  void missingDataIsNodataOrNodataFailMetricOrPassWithReplace() {
    double[] none = {};
    double[] allNaN = {Double.NaN, Double.NaN};
    assertThat(MetricClassifier.classify(metric(), BASELINE, none).classification())
        .isEqualTo(Classification.Nodata);
    assertThat(MetricClassifier.classify(metric(), BASELINE, allNaN).classification())
        .isEqualTo(Classification.Nodata);
    MetricConfig mustHave =
        new MetricConfig(
            "m",
            List.of("g"),
            "",
            MetricConfig.Direction.EITHER,
            false,
            false,
            3.0,
            false,
            true,
            false,
            "meanRatio",
            1.0,
            1.0,
            1.0,
            1.0);
    assertThat(MetricClassifier.classify(mustHave, BASELINE, none).classification())
        .isEqualTo(Classification.NodataFailMetric);
    MetricConfig critical = with(MetricConfig.Direction.EITHER, true);
    MetricResult criticalNodata = MetricClassifier.classify(critical, BASELINE, none);
    assertThat(criticalNodata.classification()).isEqualTo(Classification.Nodata);
    assertThat(criticalNodata.critical()).isTrue();
    MetricConfig replace =
        new MetricConfig(
            "m",
            List.of("g"),
            "",
            MetricConfig.Direction.EITHER,
            true,
            false,
            3.0,
            false,
            false,
            false,
            "meanRatio",
            1.0,
            1.0,
            1.0,
            1.0);
    assertThat(MetricClassifier.classify(replace, BASELINE, none).classification())
        .isEqualTo(Classification.Pass);
  }

  @Test
  void nanReplaceTurnsNaNIntoZero() {
    MetricConfig replace =
        new MetricConfig(
            "m",
            List.of("g"),
            "",
            MetricConfig.Direction.EITHER,
            true,
            false,
            3.0,
            false,
            false,
            false,
            "meanRatio",
            1.0,
            1.0,
            1.0,
            1.0);
    assertThat(MetricClassifier.transform(new double[] {1, Double.NaN, 2}, replace))
        .containsExactly(1, 0, 2);
    assertThat(MetricClassifier.transform(new double[] {1, Double.NaN, 2}, metric()))
        .containsExactly(1, 2);
  }

  @Test
  void outlierRemovalDropsValuesOutsideTheIqrFences() {
    MetricConfig remove =
        new MetricConfig(
            "m",
            List.of("g"),
            "",
            MetricConfig.Direction.EITHER,
            false,
            true,
            3.0,
            false,
            false,
            false,
            "meanRatio",
            1.0,
            1.0,
            1.0,
            1.0);
    // R-7 quartiles of 1..8 are 2.75 and 6.25: fences at -7.75 and 16.75
    double[] values = {1, 2, 3, 4, 5, 6, 7, 8, 16, 100};
    assertThat(MetricClassifier.transform(values, remove)).doesNotContain(100.0).contains(16.0);
  }

  @Test
  void constantSamplesGetNoiseAndAreStillCompared() {
    double[] ones = {1, 1, 1, 1, 1, 1};
    double[] twos = {2, 2, 2, 2, 2, 2};
    MetricResult r = MetricClassifier.classify(metric(), ones, twos);
    assertThat(r.classification()).isEqualTo(Classification.High);
    assertThat(r.effectSize()).isEqualTo(2.0);
  }

  @Test
  void clesEffectSizeIsTheShareOfCanaryWins() {
    MetricConfig cles =
        new MetricConfig(
            "m",
            List.of("g"),
            "",
            MetricConfig.Direction.EITHER,
            false,
            false,
            3.0,
            false,
            false,
            false,
            "cles",
            0.5,
            0.5,
            0.5,
            0.5);
    assertThat(MetricClassifier.effectSize(cles, new double[] {1, 2}, new double[] {2, 3}))
        .isEqualTo((0.5 + 1 + 1 + 1) / 4);
    assertThat(MetricClassifier.classify(cles, BASELINE, MUCH_HIGHER).classification())
        .isEqualTo(Classification.High);
  }

  @Test
  void zeroMeanGivesNaNEffectSizeWhichDoesNotBlockHigh() {
    double[] zeros = {0, 0, 0, 0, 0, 0, 0, 0};
    double[] errors = {3, 4, 5, 3, 4, 6, 5, 4};
    MetricResult r = MetricClassifier.classify(metric(), zeros, errors);
    assertThat(r.effectSize()).isNaN();
    assertThat(r.classification()).isEqualTo(Classification.High);
  }
}
