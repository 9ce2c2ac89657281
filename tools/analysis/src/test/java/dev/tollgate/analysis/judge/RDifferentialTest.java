package dev.tollgate.analysis.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random samples (with ties) compared against a live {@code Rscript}'s wilcox.test; skipped when R
 * is not installed, failed instead when TOLLGATE_REQUIRE_TOOLS=1. Values are on a 0–100 scale so
 * R's absolute root tolerance (1e-4) is small against them.
 */
class RDifferentialTest {
  private static final int CASES = 60;

  @Test
  void intervalsAndEstimatesAgreeWithR(@TempDir Path dir) throws Exception {
    boolean hasR = onPath("Rscript");
    if (!hasR && "1".equals(System.getenv("TOLLGATE_REQUIRE_TOOLS"))) {
      throw new AssertionError("Rscript is required (TOLLGATE_REQUIRE_TOOLS=1) but not on PATH");
    }
    assumeTrue(hasR, "Rscript not on PATH; install r-base-core to run the R differential test");

    Random random = new Random(42);
    List<double[][]> cases = new ArrayList<>();
    StringBuilder script = new StringBuilder();
    for (int i = 0; i < CASES; i++) {
      double[] x = sample(random, 5 + random.nextInt(40), 50 + random.nextInt(20));
      double[] y = sample(random, 5 + random.nextInt(40), 50);
      cases.add(new double[][] {x, y});
      script
          .append("r <- suppressWarnings(wilcox.test(c(")
          .append(join(x))
          .append("), c(")
          .append(join(y))
          .append("), conf.int=TRUE, conf.level=0.98, exact=FALSE, correct=TRUE))\n")
          .append(
              "cat(sprintf('%.10f %.10f %.10f\\n', r$conf.int[1], r$conf.int[2], r$estimate))\n");
    }
    Path file = dir.resolve("cases.R");
    Files.writeString(file, script.toString());
    Process r = new ProcessBuilder("Rscript", file.toString()).redirectErrorStream(true).start();
    String out = new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(r.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(r.exitValue()).as(out).isZero();
    String[] lines = out.strip().split("\n");
    assertThat(lines).hasSize(CASES);
    for (int i = 0; i < CASES; i++) {
      String[] parts = lines[i].trim().split(" ", -1);
      MannWhitney.Result ours = MannWhitney.compare(cases.get(i)[0], cases.get(i)[1], 0.98);
      double tolerance = 2e-4;
      assertThat(ours.lower())
          .as("case %d lower", i)
          .isCloseTo(Double.parseDouble(parts[0]), org.assertj.core.data.Offset.offset(tolerance));
      assertThat(ours.upper())
          .as("case %d upper", i)
          .isCloseTo(Double.parseDouble(parts[1]), org.assertj.core.data.Offset.offset(tolerance));
      double rEstimate = Double.parseDouble(parts[2]);
      if (Math.abs(ours.estimate() - rEstimate) > tolerance) {
        // with ties the statistic can be exactly 0 over a whole interval: any point of it is
        // the estimate, and R's root-finder may stop at another one than ours
        double[] x = cases.get(i)[0];
        double[] y = cases.get(i)[1];
        assertThat(MannWhitney.wdiff(x, y, rEstimate, 0, false)).as("case %d R root", i).isZero();
        assertThat(MannWhitney.wdiff(x, y, ours.estimate(), 0, false))
            .as("case %d root", i)
            .isZero();
      }
    }
  }

  /** Values rounded to 0.5 so that ties are common, as in real latency histograms. */
  private static double[] sample(Random random, int n, double mean) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = Math.round((mean + random.nextGaussian() * 5) * 2) / 2.0;
    }
    return out;
  }

  private static String join(double[] values) {
    List<String> parts = new ArrayList<>();
    for (double v : values) {
      parts.add(String.format(Locale.ROOT, "%.1f", v));
    }
    return String.join(",", parts);
  }

  private static boolean onPath(String tool) throws IOException {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator, -1)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
