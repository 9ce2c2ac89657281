package dev.tollgate.analysis.judge;

import java.util.List;

/**
 * One metric of a judge config, with Kayenta's {@code analysisConfigurations.canary} defaults.
 *
 * @param query PromQL for live runs; {@code ${scope}} is replaced by the baseline or canary label
 *     selector
 * @param effectSize {@code meanRatio} (default) or {@code cles}
 */
public record MetricConfig(
    String name,
    List<String> groups,
    String query,
    Direction direction,
    boolean nanReplace,
    boolean removeOutliers,
    double outlierFactor,
    boolean critical,
    boolean mustHaveData,
    boolean muted,
    String effectSize,
    double allowedIncrease,
    double allowedDecrease,
    double criticalIncrease,
    double criticalDecrease) {

  /** Which change counts against the canary. */
  public enum Direction {
    EITHER,
    INCREASE,
    DECREASE;

    boolean allowsIncrease() {
      return this != DECREASE;
    }

    boolean allowsDecrease() {
      return this != INCREASE;
    }
  }

  public MetricConfig {
    groups = List.copyOf(groups);
  }

  /** A metric with every Kayenta default, for tests and simple configs. */
  public static MetricConfig defaults(String name, List<String> groups) {
    return new MetricConfig(
        name,
        groups,
        "",
        Direction.EITHER,
        false,
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
  }
}
