package dev.tollgate.analysis.judge;

import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Kayenta's per-metric judgement ({@code NetflixACAJudge.classifyMetric} with {@code
 * MannWhitneyClassifier}): NaN handling, optional IQR outlier removal, then High/Low/Pass from the
 * 98% confidence interval, a tolerance of 25% of the estimate, the direction and the effect size.
 */
public final class MetricClassifier {
  /** Hard-coded in Kayenta's NetflixACAJudge. */
  static final double CONFIDENCE = 0.98;

  static final double TOLERANCE = 0.25;

  private MetricClassifier() {}

  public static MetricResult classify(MetricConfig config, double[] baseline, double[] canary) {
    double[] control = transform(baseline, config);
    double[] experiment = transform(canary, config);
    double controlMean = control.length == 0 ? Double.NaN : StatUtils.mean(control);
    double experimentMean = experiment.length == 0 ? Double.NaN : StatUtils.mean(experiment);
    Outcome outcome;
    try {
      outcome = decide(config, control, experiment);
    } catch (RuntimeException e) {
      outcome =
          new Outcome(
              Classification.Error,
              "could not compare: " + e.getMessage(),
              config.critical(),
              Double.NaN,
              null);
    }
    MannWhitney.Result test = outcome.test();
    return new MetricResult(
        config.name(),
        config.groups(),
        outcome.classification(),
        outcome.reason(),
        outcome.critical(),
        config.muted(),
        outcome.effectSize(),
        test == null ? Double.NaN : test.lower(),
        test == null ? Double.NaN : test.upper(),
        test == null ? Double.NaN : test.estimate(),
        test == null ? Double.NaN : test.pValue(),
        control.length,
        experiment.length,
        controlMean,
        experimentMean);
  }

  private record Outcome(
      Classification classification,
      String reason,
      boolean critical,
      double effectSize,
      MannWhitney.Result test) {}

  private static Outcome decide(MetricConfig config, double[] control, double[] experiment) {
    if (control.length == 0 || experiment.length == 0) {
      if (!config.nanReplace()) {
        String reason = "Missing data for " + config.name();
        if (config.mustHaveData() && !config.critical()) {
          return new Outcome(Classification.NodataFailMetric, reason, false, 1.0, null);
        }
        return new Outcome(Classification.Nodata, reason, config.critical(), 1.0, null);
      }
      return new Outcome(Classification.Pass, "", false, 1.0, null);
    }
    double[] sortedControl = control.clone();
    double[] sortedExperiment = experiment.clone();
    Arrays.sort(sortedControl);
    Arrays.sort(sortedExperiment);
    if (Arrays.equals(sortedControl, sortedExperiment)) {
      return new Outcome(
          Classification.Pass, "The Canary and Baseline data are identical", false, 1.0, null);
    }
    if (distinct(control, experiment) == 1) {
      return new Outcome(Classification.Pass, "", false, 1.0, null);
    }
    double[] x = experiment;
    double[] y = control;
    if (distinct(experiment) == 1 && distinct(control) == 1) {
      // a rank test cannot split two constant samples; Kayenta adds tiny noise (seeded here)
      Random noise = new Random(0);
      x = withNoise(experiment, noise);
      y = withNoise(control, noise);
    }
    MannWhitney.Result test = MannWhitney.compare(x, y, CONFIDENCE);
    double effect = effectSize(config, control, experiment);
    double bound = Math.abs(test.estimate() * TOLERANCE);
    boolean high =
        config.direction().allowsIncrease()
            && test.lower() > bound
            && (Double.isNaN(effect) || effect >= config.allowedIncrease());
    boolean low =
        config.direction().allowsDecrease()
            && test.upper() < -bound
            && (Double.isNaN(effect) || effect <= config.allowedDecrease());
    if (high) {
      boolean critical =
          config.critical() && (Double.isNaN(effect) || effect >= config.criticalIncrease());
      return new Outcome(
          Classification.High, "The Canary was classified as High", critical, effect, test);
    }
    if (low) {
      boolean critical =
          config.critical() && (Double.isNaN(effect) || effect <= config.criticalDecrease());
      return new Outcome(
          Classification.Low, "The Canary was classified as Low", critical, effect, test);
    }
    return new Outcome(Classification.Pass, "", false, effect, test);
  }

  /** meanRatio = mean(canary) / mean(baseline), NaN when either mean is 0; or CLES. */
  static double effectSize(MetricConfig config, double[] control, double[] experiment) {
    if (config.effectSize().equals("cles")) {
      double wins = 0;
      for (double e : experiment) {
        for (double c : control) {
          wins += e > c ? 1 : e == c ? 0.5 : 0;
        }
      }
      return wins / ((double) experiment.length * control.length);
    }
    double controlMean = StatUtils.mean(control);
    double experimentMean = StatUtils.mean(experiment);
    if (controlMean == 0 || experimentMean == 0) {
      return Double.NaN;
    }
    return experimentMean / controlMean;
  }

  /** NaN strategy first (remove, or replace with 0.0), then optional IQR outlier removal. */
  static double[] transform(double[] values, MetricConfig config) {
    double[] cleaned =
        config.nanReplace()
            ? Arrays.stream(values).map(v -> Double.isNaN(v) ? 0.0 : v).toArray()
            : Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    if (!config.removeOutliers() || cleaned.length == 0) {
      return cleaned;
    }
    Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
    double q1 = percentile.evaluate(cleaned, 25);
    double q3 = percentile.evaluate(cleaned, 75);
    double iqr = q3 - q1;
    double lowFence = q1 - config.outlierFactor() * iqr;
    double highFence = q3 + config.outlierFactor() * iqr;
    return Arrays.stream(cleaned).filter(v -> v >= lowFence && v <= highFence).toArray();
  }

  private static long distinct(double[]... arrays) {
    return Arrays.stream(arrays).flatMapToDouble(Arrays::stream).distinct().count();
  }

  private static double[] withNoise(double[] values, Random random) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i] + random.nextGaussian() * values[i] * 1e-5;
    }
    return out;
  }
}
