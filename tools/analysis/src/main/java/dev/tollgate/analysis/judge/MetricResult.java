package dev.tollgate.analysis.judge;

import java.util.List;

/**
 * How one metric was judged.
 *
 * @param lower lower end of the 98% confidence interval of canary minus baseline (NaN when the test
 *     did not run)
 * @param estimate the Hodges-Lehmann estimate of that difference
 * @param pValue the two-sided Mann-Whitney U test p-value from commons-math3
 * @param critical whether this result on its own fails the canary
 */
public record MetricResult(
    String name,
    List<String> groups,
    Classification classification,
    String reason,
    boolean critical,
    boolean muted,
    double effectSize,
    double lower,
    double upper,
    double estimate,
    double pValue,
    int baselineCount,
    int canaryCount,
    double baselineMean,
    double canaryMean) {}
