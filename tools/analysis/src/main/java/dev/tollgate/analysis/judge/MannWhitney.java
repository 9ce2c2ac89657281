package dev.tollgate.analysis.judge;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * The two-sample Wilcoxon rank-sum / Mann-Whitney comparison Kayenta runs ({@code
 * kayenta-mannwhitney MannWhitney.scala}), which follows R's {@code wilcox.test(x, y,
 * conf.int=TRUE, exact=FALSE, correct=TRUE)}: a confidence interval for the location shift of
 * {@code x} (canary) minus {@code y} (baseline) by inverting the normal approximation with
 * continuity and tie correction, and the Hodges-Lehmann estimate (no continuity correction). The
 * p-value comes from commons-math3's {@link MannWhitneyUTest}.
 */
final class MannWhitney {
  private MannWhitney() {}

  /** The interval, estimate and p-value of one comparison. */
  record Result(double lower, double upper, double estimate, double pValue) {}

  private static final NaturalRanking RANKING =
      new NaturalRanking(NaNStrategy.FIXED, TiesStrategy.AVERAGE);

  static Result compare(double[] x, double[] y, double confLevel) {
    double alpha = 1 - confLevel;
    double z = new NormalDistribution().inverseCumulativeProbability(1 - alpha / 2);
    double muMin = min(x) - max(y);
    double muMax = max(x) - min(y);
    double lower = root(x, y, muMin, muMax, z, true);
    double upper = root(x, y, muMin, muMax, -z, true);
    double estimate = solve(x, y, muMin, muMax, 0, false);
    double pValue = new MannWhitneyUTest().mannWhitneyUTest(x, y);
    return new Result(lower, upper, estimate, pValue);
  }

  private static double root(
      double[] x, double[] y, double muMin, double muMax, double zq, boolean correct) {
    double fLower = wdiff(x, y, muMin, zq, correct);
    double fUpper = wdiff(x, y, muMax, zq, correct);
    if (fLower <= 0) {
      return muMin;
    }
    if (fUpper >= 0) {
      return muMax;
    }
    return solve(x, y, muMin, muMax, zq, correct);
  }

  /**
   * R uses {@code uniroot(tol = 1e-4)}, an absolute tolerance; a relative one keeps metrics on
   * small scales (error ratios around 1e-5) from being swamped by it.
   */
  private static double solve(
      double[] x, double[] y, double muMin, double muMax, double zq, boolean correct) {
    double accuracy = Math.max((muMax - muMin) * 1e-9, Double.MIN_NORMAL);
    BrentSolver solver = new BrentSolver(accuracy);
    return solver.solve(10_000, d -> wdiff(x, y, d, zq, correct), muMin, muMax);
  }

  /** R's {@code wdiff}: the standardised rank-sum statistic of {@code x - d} against {@code y}. */
  static double wdiff(double[] x, double[] y, double d, double zq, boolean correct) {
    int nx = x.length;
    int ny = y.length;
    double[] shifted = new double[nx + ny];
    for (int i = 0; i < nx; i++) {
      shifted[i] = x[i] - d;
    }
    System.arraycopy(y, 0, shifted, nx, ny);
    double[] ranks = RANKING.rank(shifted);
    double rankSum = 0;
    for (int i = 0; i < nx; i++) {
      rankSum += ranks[i];
    }
    double dz = rankSum - nx * (nx + 1) / 2.0 - nx * (double) ny / 2.0;
    double correction = correct ? Math.signum(dz) * 0.5 : 0;
    double sigma =
        Math.sqrt(
            (nx * (double) ny / 12.0)
                * ((nx + ny + 1) - tieTerm(ranks) / ((nx + ny) * (double) (nx + ny - 1))));
    if (sigma == 0) {
      throw new IllegalArgumentException(
          "cannot compute confidence interval when all observations are tied");
    }
    return (dz - correction) / sigma - zq;
  }

  /** Σ (t³ − t) over groups of tied ranks. */
  private static double tieTerm(double[] ranks) {
    double[] sorted = ranks.clone();
    java.util.Arrays.sort(sorted);
    double sum = 0;
    int i = 0;
    while (i < sorted.length) {
      int j = i;
      while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
        j++;
      }
      double t = j - i + 1;
      sum += t * t * t - t;
      i = j + 1;
    }
    return sum;
  }

  private static double min(double[] values) {
    double m = Double.POSITIVE_INFINITY;
    for (double v : values) {
      m = Math.min(m, v);
    }
    return m;
  }

  private static double max(double[] values) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      m = Math.max(m, v);
    }
    return m;
  }
}
