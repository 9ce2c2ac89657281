package dev.tollgate.cli.judge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tollgate.analysis.judge.Judge;
import dev.tollgate.analysis.judge.JudgeConfig;
import dev.tollgate.analysis.judge.JudgeFiles;
import dev.tollgate.analysis.judge.JudgeResult;
import dev.tollgate.analysis.judge.MetricResult;
import dev.tollgate.analysis.judge.PrometheusRangeSource;
import dev.tollgate.cli.ExitCodes;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tollgate judge}: a Kayenta-style canary judgement of baseline against canary samples. */
@Command(
    name = "judge",
    mixinStandardHelpOptions = true,
    description = {
      "Judges a canary against its baseline like Kayenta's NetflixACAJudge: Mann-Whitney per"
          + " metric, weighted group scores, a 0-100 score and a Pass/Marginal/Fail verdict.",
      "Exit codes: 0 Pass, 1 Fail, 4 Marginal, 2 bad input. See docs/judge.md."
    })
public final class JudgeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--config",
      required = true,
      paramLabel = "JUDGE.yaml",
      description = "Judge config.")
  Path config;

  @Option(
      names = "--series",
      paramLabel = "FILE",
      description = "Baseline and canary samples (YAML or JSON).")
  Path series;

  @Option(
      names = "--prometheus",
      paramLabel = "URL",
      description = "Prometheus to run each metric query against.")
  URI prometheus;

  @Option(
      names = "--start",
      paramLabel = "TIME",
      description = "Range start (RFC 3339 or Unix seconds).")
  String start;

  @Option(
      names = "--end",
      paramLabel = "TIME",
      description = "Range end (RFC 3339 or Unix seconds).")
  String end;

  @Option(
      names = "--step",
      paramLabel = "DURATION",
      defaultValue = "60s",
      description = "Range step (default: ${DEFAULT-VALUE}).")
  String step;

  @Option(
      names = "--baseline",
      paramLabel = "SELECTOR",
      description = "Baseline label selector; overrides scopes.baseline.")
  String baselineSelector;

  @Option(
      names = "--canary",
      paramLabel = "SELECTOR",
      description = "Canary label selector; overrides scopes.canary.")
  String canarySelector;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "Prometheus request timeout (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--json", description = "Print the judgement as JSON.")
  boolean json;

  @Override
  public Integer call() throws JsonProcessingException {
    if ((series == null) == (prometheus == null)) {
      throw usage("give exactly one of --series FILE and --prometheus URL");
    }
    if (prometheus != null && (start == null || end == null)) {
      throw usage("--prometheus needs --start and --end");
    }
    if (timeoutSeconds <= 0) {
      throw usage("--timeout must be a positive number of seconds");
    }
    JudgeConfig loaded = JudgeFiles.loadConfig(config, config.toString());
    JudgeConfig judged =
        new JudgeConfig(
            loaded.metrics(),
            loaded.groupWeights(),
            loaded.passThreshold(),
            loaded.marginalThreshold(),
            baselineSelector != null ? baselineSelector : loaded.baselineSelector(),
            canarySelector != null ? canarySelector : loaded.canarySelector());
    Map<String, JudgeFiles.Samples> samples =
        series != null
            ? JudgeFiles.loadSeries(series, series.toString(), judged)
            : Judge.fetch(
                judged,
                new PrometheusRangeSource(prometheus, Duration.ofSeconds(timeoutSeconds)),
                start,
                end,
                step,
                config.toString());
    JudgeResult result = Judge.judge(judged, samples);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(
          new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(toJson(judged, result)));
    } else {
      printText(out, judged, result);
    }
    out.flush();
    return switch (result.verdict()) {
      case Pass -> ExitCodes.OK;
      case Marginal -> ExitCodes.INCONCLUSIVE;
      case Fail -> ExitCodes.FINDINGS;
    };
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  private static void printText(PrintWriter out, JudgeConfig config, JudgeResult result) {
    out.printf(
        Locale.ROOT,
        "%-24s %-16s %8s  %-29s %12s %12s%n",
        "METRIC",
        "CLASSIFICATION",
        "EFFECT",
        "98% CI (CANARY - BASELINE)",
        "BASELINE",
        "CANARY");
    for (MetricResult m : result.metrics()) {
      String label =
          m.classification() + (m.critical() ? " (critical)" : "") + (m.muted() ? " (muted)" : "");
      String interval =
          Double.isNaN(m.lower()) ? "-" : "[" + number(m.lower()) + ", " + number(m.upper()) + "]";
      out.printf(
          Locale.ROOT,
          "%-24s %-16s %8s  %-29s %12s %12s%n",
          m.name(),
          label,
          number(m.effectSize()),
          interval,
          number(m.baselineMean()),
          number(m.canaryMean()));
      if (!m.reason().isEmpty()
          && m.classification() != dev.tollgate.analysis.judge.Classification.Pass) {
        out.println("  " + m.reason());
      }
    }
    List<String> groups = new ArrayList<>();
    result
        .groupScores()
        .forEach(
            (g, s) ->
                groups.add(
                    g
                        + " "
                        + String.format(Locale.ROOT, "%.2f", s)
                        + (config.groupWeights().containsKey(g)
                            ? " (weight " + number(config.groupWeights().get(g)) + ")"
                            : "")));
    out.println("groups: " + String.join(", ", groups));
    out.printf(
        Locale.ROOT,
        "score: %.2f (pass >= %s, marginal >= %s): %s%s%n",
        result.score(),
        number(config.passThreshold()),
        number(config.marginalThreshold()),
        result.verdict(),
        result.reason().isEmpty() ? "" : " (" + result.reason() + ")");
  }

  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.valueOf((long) value);
    }
    return String.format(Locale.ROOT, "%.4g", value);
  }

  private static Map<String, Object> toJson(JudgeConfig config, JudgeResult result) {
    List<Map<String, Object>> metrics = new ArrayList<>();
    for (MetricResult m : result.metrics()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", m.name());
      entry.put("groups", m.groups());
      entry.put("classification", m.classification().name());
      entry.put("critical", m.critical());
      entry.put("muted", m.muted());
      entry.put("reason", m.reason());
      entry.put("effectSize", finite(m.effectSize()));
      entry.put(
          "confidenceInterval", java.util.Arrays.asList(finite(m.lower()), finite(m.upper())));
      entry.put("estimate", finite(m.estimate()));
      entry.put("pValue", finite(m.pValue()));
      entry.put("baseline", sample(m.baselineCount(), m.baselineMean()));
      entry.put("canary", sample(m.canaryCount(), m.canaryMean()));
      metrics.add(entry);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("metrics", metrics);
    out.put("groupScores", result.groupScores());
    out.put("score", result.score());
    out.put("verdict", result.verdict().name());
    out.put("reason", result.reason());
    out.put(
        "thresholds",
        Map.of("pass", config.passThreshold(), "marginal", config.marginalThreshold()));
    return out;
  }

  /** JSON has no NaN: not-computed figures are null. */
  private static Double finite(double value) {
    return Double.isFinite(value) ? value : null;
  }

  private static Map<String, Object> sample(int count, double mean) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("count", count);
    out.put("mean", finite(mean));
    return out;
  }
}
