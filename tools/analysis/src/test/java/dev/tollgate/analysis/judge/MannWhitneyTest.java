package dev.tollgate.analysis.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Interval and estimate against R 4.2.2's {@code wilcox.test(x, y, conf.int=TRUE, conf.level=0.98,
 * exact=FALSE, correct=TRUE)}, which Kayenta reimplements. R finds roots with an absolute tolerance
 * of 1e-4, so its figures are within about 1e-4 of the exact step points we find; {@link
 * RDifferentialTest} compares against a live R on random data.
 */
class MannWhitneyTest {
  private static final Offset<Double> R_TOLERANCE = Offset.offset(2e-4);

  /** x (canary), y (baseline), then R's lower, upper and estimate. */
  static Object[][] rResults() {
    return new Object[][] {
      {
        new double[] {20, 21, 19, 22, 20, 21, 23, 20, 19, 22},
        new double[] {10, 11, 9, 10, 12, 10, 11, 9, 10, 11},
        8.999948753,
        11.99996698,
        10.00003223
      },
      {
        new double[] {10, 10, 11, 9, 11, 10, 12, 10, 9, 11},
        new double[] {10, 11, 9, 10, 12, 10, 11, 9, 10, 11},
        -1.000014187,
        1.000014187,
        0.0
      },
      {
        new double[] {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30},
        new double[] {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29},
        -0.5599516953,
        1.232960408,
        0.5600561608
      },
      {
        new double[] {3, 4, 5, 3, 4, 6, 5, 4},
        new double[] {0, 0, 0, 0, 0, 0, 0, 0},
        3.0,
        5.000055382,
        4.000024723
      },
    };
  }

  @ParameterizedTest
  @MethodSource("rResults")
  void matchesRWilcoxTest(double[] x, double[] y, double lower, double upper, double estimate) {
    MannWhitney.Result result = MannWhitney.compare(x, y, 0.98);
    assertThat(result.lower()).isCloseTo(lower, R_TOLERANCE);
    assertThat(result.upper()).isCloseTo(upper, R_TOLERANCE);
    assertThat(result.estimate()).isCloseTo(estimate, R_TOLERANCE);
    assertThat(result.pValue()).isBetween(0.0, 1.0);
  }
}
