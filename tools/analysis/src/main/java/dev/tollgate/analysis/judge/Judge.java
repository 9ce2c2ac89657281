package dev.tollgate.analysis.judge;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Judges a canary against its baseline: classify every metric, then score (spec §7). */
public final class Judge {
  private Judge() {}

  /** The placeholder in a metric query that becomes the baseline or canary label selector. */
  public static final String SCOPE = "${scope}";

  public static JudgeResult judge(JudgeConfig config, Map<String, JudgeFiles.Samples> samples) {
    List<MetricResult> results = new ArrayList<>();
    for (MetricConfig metric : config.metrics()) {
      JudgeFiles.Samples s = samples.get(metric.name());
      double[] baseline = s == null ? new double[0] : s.baseline();
      double[] canary = s == null ? new double[0] : s.canary();
      results.add(MetricClassifier.classify(metric, baseline, canary));
    }
    return Scorer.score(config, results);
  }

  /** Runs each metric's query twice, once per scope, over {@code [start, end]}. */
  public static Map<String, JudgeFiles.Samples> fetch(
      JudgeConfig config,
      PrometheusRangeSource prometheus,
      String start,
      String end,
      String step,
      String configPath) {
    Map<String, JudgeFiles.Samples> out = new LinkedHashMap<>();
    for (MetricConfig metric : config.metrics()) {
      if (!metric.query().contains(SCOPE)) {
        throw new InputException(
            Diagnostic.error(
                Position.ofFile(configPath),
                "judge-config",
                "metric \"" + metric.name() + "\" has no query with " + SCOPE,
                "Write a query such as sum(rate(http_requests_total{"
                    + SCOPE
                    + "}[1m])), so"
                    + " baseline and canary get their own label selector."));
      }
      double[] baseline =
          prometheus.rangeQuery(
              metric.query().replace(SCOPE, config.baselineSelector()), start, end, step);
      double[] canary =
          prometheus.rangeQuery(
              metric.query().replace(SCOPE, config.canarySelector()), start, end, step);
      out.put(metric.name(), new JudgeFiles.Samples(baseline, canary));
    }
    return out;
  }
}
