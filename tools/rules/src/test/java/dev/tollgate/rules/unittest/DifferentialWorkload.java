package dev.tollgate.rules.unittest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates promtool unit-test files whose PromQL tests have no expected samples, so promtool
 * prints everything it computed: counters with resets and gaps, gauges, classic histograms,
 * recording rules and an alert, and queries over aggregations, rate/increase/delta,
 * histogram_quantile, vector matching, offsets, subqueries and functions.
 */
final class DifferentialWorkload {

  private static final String[] RANGES = {"1m", "2m", "3m", "5m", "10m"};

  private static final String[] QUERIES = {
    "sum by (job) (rate(req_total[R]))",
    "rate(req_total[R])",
    "increase(req_total[R])",
    "irate(req_total[R])",
    "delta(temp[R])",
    "idelta(temp[R])",
    "deriv(temp[R])",
    "predict_linear(temp[R], 120)",
    "resets(req_total[R])",
    "changes(temp[R])",
    "histogram_quantile(0.9, sum by (job, le) (rate(lat_bucket[R])))",
    "histogram_quantile(0.5, rate(lat_bucket[R]))",
    "histogram_quantile(0.99, lat_bucket)",
    "sum(temp)",
    "avg by (job) (temp)",
    "min by (instance) (temp)",
    "max without (instance) (temp)",
    "count by (job) (req_total)",
    "group by (job) (temp)",
    "stddev(temp)",
    "stdvar by (job) (temp)",
    "quantile(0.3, temp)",
    "topk(2, temp)",
    "bottomk(1, req_total)",
    "count_values(\"v\", round(temp))",
    "temp offset 2m",
    "req_total offset 1m30s",
    "avg_over_time(temp[R])",
    "sum_over_time(temp[R])",
    "min_over_time(temp[R])",
    "max_over_time(temp[R])",
    "count_over_time(req_total[R])",
    "last_over_time(temp[R])",
    "quantile_over_time(0.7, temp[R])",
    "stddev_over_time(temp[R])",
    "stdvar_over_time(temp[R])",
    "present_over_time(temp[R])",
    "absent_over_time(temp{job=\"none\"}[R])",
    "absent(nonexistent{job=\"x\"})",
    "max_over_time(rate(req_total[1m])[R:])",
    "avg_over_time(temp[R:30s])",
    "min_over_time(sum by (job) (temp)[R:1m] offset 1m)",
    "temp * on (job, instance) group_left (version) info",
    "req_total / ignoring (version) group_left info",
    "temp > 0.5",
    "temp > bool 0.5",
    "temp == bool temp",
    "temp and req_total",
    "temp or req_total",
    "temp unless on (job) req_total",
    "temp - on (job, instance) req_total",
    "sum(temp) / count(temp)",
    "temp ^ 2",
    "temp % 0.3",
    "-temp",
    "abs(temp - 0.5)",
    "clamp(temp, -1, 1)",
    "clamp_min(temp, 0)",
    "round(temp, 0.1)",
    "ceil(temp)",
    "floor(temp)",
    "sqrt(abs(temp))",
    "exp(temp)",
    "ln(abs(temp) + 1)",
    "sgn(temp)",
    "label_replace(temp, \"x\", \"$1-$2\", \"instance\", \"(.)(.*)\")",
    "label_join(temp, \"x\", \":\", \"job\", \"instance\")",
    "timestamp(temp)",
    "sort_desc(temp)",
    "holt_winters(temp[R], 0.5, 0.5)",
    "scalar(sum(temp))",
    "vector(time())",
    "time() - timestamp(req_total)",
    "hour(vector(time()))",
    "rec_rate",
    "rec_ratio",
    "rec_p90",
    "ALERTS",
    "ALERTS_FOR_STATE",
  };

  private final Random random;

  DifferentialWorkload(long seed) {
    this.random = new Random(seed);
  }

  String rules() {
    return """
        groups:
          - name: recorded
            rules:
              - record: rec_rate
                expr: sum by (job) (rate(req_total[2m]))
              - record: rec_ratio
                expr: rec_rate / on () group_left sum(rec_rate)
              - record: rec_p90
                expr: histogram_quantile(0.9, sum by (job, le) (rate(lat_bucket[3m])))
              - alert: TempHigh
                expr: temp > 1
                for: 2m
                keep_firing_for: 1m
                labels:
                  severity: '{{ if gt $value 1.5 }}page{{ else }}warning{{ end }}'
                annotations:
                  summary: '{{ $labels.instance }}: {{ $value | humanize }} ({{ printf "%.2f" $value }})'
              - alert: RateHigh
                expr: sum by (job) (rate(req_total[2m])) > 0.05
                for: 1m
        """;
  }

  /** A test file with {@code queries} PromQL tests over {@code steps} samples per series. */
  String testFile(int queries, int steps) {
    StringBuilder sb = new StringBuilder();
    sb.append("rule_files: [rules.yml]\nevaluation_interval: 1m\ntests:\n  - interval: 30s\n");
    sb.append("    input_series:\n");
    for (String job : List.of("a", "b")) {
      for (int instance = 1; instance <= 3; instance++) {
        series(sb, "req_total{job=\"" + job + "\", instance=\"" + instance + "\"}", counter(steps));
        series(sb, "temp{job=\"" + job + "\", instance=\"" + instance + "\"}", gauge(steps));
        series(
            sb,
            "info{job=\""
                + job
                + "\", instance=\""
                + instance
                + "\", version=\"v"
                + instance
                + "\"}",
            "1x" + (steps - 1));
      }
      histogram(sb, job, steps);
    }
    sb.append("    alert_rule_test:\n");
    for (int i = 0; i < queries / 6; i++) {
      sb.append("      - alertname: ")
          .append(random.nextBoolean() ? "TempHigh" : "RateHigh")
          .append('\n');
      sb.append("        eval_time: ")
          .append(duration(30 * random.nextInt(steps + 10)))
          .append('\n');
    }
    sb.append("    promql_expr_test:\n");
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < queries; i++) {
      String q = QUERIES[random.nextInt(QUERIES.length)];
      chosen.add(q.replace("R", RANGES[random.nextInt(RANGES.length)]));
    }
    for (String q : chosen) {
      int seconds = 30 * random.nextInt(steps + 10);
      sb.append("      - expr: '").append(q.replace("'", "''")).append("'\n");
      sb.append("        eval_time: ").append(duration(seconds)).append('\n');
    }
    return sb.toString();
  }

  private static void series(StringBuilder sb, String desc, String values) {
    sb.append("      - series: '").append(desc).append("'\n");
    sb.append("        values: '").append(values).append("'\n");
  }

  private String counter(int steps) {
    List<String> out = new ArrayList<>();
    double v = random.nextInt(50);
    for (int i = 0; i < steps; i++) {
      int dice = random.nextInt(40);
      if (dice == 0) {
        out.add("_");
        continue;
      }
      if (dice == 1) {
        v = random.nextInt(3);
      } else {
        v += new double[] {0, 1, 2.5, 0.1, 7, 0.3}[random.nextInt(6)];
      }
      out.add(number(v));
    }
    return String.join(" ", out);
  }

  private String gauge(int steps) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < steps; i++) {
      int dice = random.nextInt(50);
      if (dice == 0) {
        out.add("stale");
      } else if (dice == 1) {
        out.add("_");
      } else {
        out.add(number(random.nextInt(4001) / 1000.0 - 2));
      }
    }
    return String.join(" ", out);
  }

  private void histogram(StringBuilder sb, String job, int steps) {
    String[] bounds = {"0.1", "0.5", "1", "5", "+Inf"};
    double[] counts = new double[bounds.length];
    List<List<String>> values = new ArrayList<>();
    for (int b = 0; b < bounds.length; b++) {
      values.add(new ArrayList<>());
    }
    for (int i = 0; i < steps; i++) {
      double increment = 0;
      for (int b = 0; b < bounds.length; b++) {
        increment += random.nextInt(4); // cumulative: a bucket counts everything below it too
        counts[b] += increment;
        values.get(b).add(number(counts[b]));
      }
    }
    for (int b = 0; b < bounds.length; b++) {
      series(
          sb,
          "lat_bucket{job=\"" + job + "\", le=\"" + bounds[b] + "\"}",
          String.join(" ", values.get(b)));
    }
  }

  private static String number(double v) {
    String s = String.format(Locale.ROOT, "%.3f", v);
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }

  private static String duration(int seconds) {
    if (seconds == 0) {
      return "0s";
    }
    String out = "";
    if (seconds >= 60) {
      out += seconds / 60 + "m";
    }
    if (seconds % 60 != 0) {
      out += seconds % 60 + "s";
    }
    return out;
  }
}
