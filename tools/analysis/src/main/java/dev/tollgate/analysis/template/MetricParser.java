package dev.tollgate.analysis.template;

import dev.tollgate.analysis.ConditionEvaluator;
import dev.tollgate.analysis.ConditionException;
import dev.tollgate.analysis.GoDuration;
import dev.tollgate.analysis.Metric;
import dev.tollgate.analysis.PrometheusQuery;
import dev.tollgate.analysis.YamlFields;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One template metric to a {@link Metric}: args substituted in every string field, then checked as
 * Argo's {@code ValidateMetric} does (spec §5.2). Argo turns these problems into an Error run; we
 * report them up front, positioned, because a test cannot meaningfully run such a template.
 */
final class MetricParser {
  private static final YamlFields FIELDS = TemplateLoader.FIELDS;
  private static final Set<String> METRIC_FIELDS =
      Set.of(
          "name",
          "interval",
          "initialDelay",
          "count",
          "successCondition",
          "failureCondition",
          "failureLimit",
          "inconclusiveLimit",
          "consecutiveErrorLimit",
          "consecutiveSuccessLimit",
          "provider");
  private static final Set<String> PROVIDERS =
      Set.of(
          "prometheus",
          "kayenta",
          "web",
          "datadog",
          "wavefront",
          "newRelic",
          "job",
          "cloudWatch",
          "graphite",
          "influxdb",
          "skywalking",
          "plugin");
  private static final Set<String> PROMETHEUS_FIELDS =
      Set.of("address", "query", "timeout", "insecure", "headers", "authentication", "rangeQuery");

  private final Map<String, String> args;
  private final ConditionEvaluator conditions;

  /**
   * @param args keyed {@code args.NAME}
   */
  MetricParser(Map<String, String> args, ConditionEvaluator conditions) {
    this.args = args;
    this.conditions = conditions;
  }

  Metric parse(YMap map) {
    FIELDS.allowOnly(map, METRIC_FIELDS, "metric");
    String name = FIELDS.requiredString(map, "name", "metric");
    Long interval = duration(map, "interval");
    Long initialDelay = duration(map, "initialDelay");
    Integer count = intOrString(map, "count");
    Integer failureLimit = intOrString(map, "failureLimit");
    int inconclusiveLimit = orDefault(intOrString(map, "inconclusiveLimit"), 0);
    int errorLimit =
        orDefault(
            intOrString(map, "consecutiveErrorLimit"), Metric.DEFAULT_CONSECUTIVE_ERROR_LIMIT);
    int csl = orDefault(intOrString(map, "consecutiveSuccessLimit"), 0);
    String success = condition(map, "successCondition");
    String failure = condition(map, "failureCondition");
    Position at = map.position();
    if (csl < 0) {
      throw invalid(map, "consecutiveSuccessLimit", "consecutiveSuccessLimit must be >= 0");
    }
    if (failureLimit != null && failureLimit < -1) {
      throw invalid(map, "failureLimit", "failureLimit must be >= -1");
    }
    if (failureLimit != null && failureLimit == -1 && csl == 0) {
      throw invalid(
          map,
          "failureLimit",
          "failureLimit and consecutiveSuccessLimit cannot both be disabled (failureLimit -1 needs"
              + " consecutiveSuccessLimit > 0)");
    }
    if (inconclusiveLimit < 0 || errorLimit < 0) {
      throw invalid(map, "name", "inconclusiveLimit and consecutiveErrorLimit must be >= 0");
    }
    if (count != null && count > 0) {
      int fl = failureLimit == null ? 0 : failureLimit;
      if (fl >= 0 && count < fl + csl) {
        throw invalid(map, "count", "count must be >= failureLimit + consecutiveSuccessLimit");
      }
      if (fl < 0 && count < csl) {
        throw invalid(map, "count", "count must be >= consecutiveSuccessLimit");
      }
      if (count < inconclusiveLimit) {
        throw invalid(map, "count", "count must be >= inconclusiveLimit");
      }
    }
    if (count != null && count > 1 && interval == null) {
      throw invalid(map, "count", "interval must be specified when count > 1");
    }
    return new Metric(
        name,
        interval,
        initialDelay == null ? 0 : initialDelay,
        count,
        failureLimit,
        inconclusiveLimit,
        errorLimit,
        csl,
        success,
        failure,
        prometheus(map, name),
        false,
        Metric.DEFAULT_MEASUREMENT_RETENTION,
        at);
  }

  private PrometheusQuery prometheus(YMap metric, String name) {
    YNode providerNode = metric.child("provider");
    if (providerNode == null) {
      throw invalid(metric, "name", "metric \"" + name + "\": no provider specified");
    }
    YMap provider = FIELDS.map(providerNode, "provider");
    if (provider.entries().size() > 1) {
      throw FIELDS.error(
          provider.position(),
          "metric \"" + name + "\": multiple providers specified",
          "Give each metric exactly one provider.");
    }
    String kind = provider.entries().isEmpty() ? "" : provider.entries().keySet().iterator().next();
    if (!kind.equals("prometheus")) {
      String what =
          PROVIDERS.contains(kind) ? "the " + kind + " provider" : "provider \"" + kind + "\"";
      throw FIELDS.error(
          provider.keyPosition(kind),
          "metric \"" + name + "\": " + what + " cannot be evaluated offline; only prometheus can",
          "Test this metric on a cluster, or express it as a Prometheus query.");
    }
    YMap prom = FIELDS.map(provider.child("prometheus"), "provider.prometheus");
    FIELDS.allowOnly(prom, PROMETHEUS_FIELDS, "provider.prometheus");
    if (prom.has("rangeQuery")) {
      throw FIELDS.error(
          prom.keyPosition("rangeQuery"),
          "metric \"" + name + "\": rangeQuery is not supported by tollgate yet",
          "Use an instant query, e.g. with a range vector inside avg_over_time(...).");
    }
    String query = text(prom, "query");
    if (query == null || query.isBlank()) {
      throw invalid(prom, "query", "metric \"" + name + "\": prometheus query is empty");
    }
    Integer timeout = intOrString(prom, "timeout");
    if (timeout != null && timeout < 0) {
      throw invalid(prom, "timeout", "prometheus timeout should not be negative");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (YNode item : FIELDS.list(prom, "headers")) {
      YMap header = FIELDS.map(item, "a header");
      headers.put(FIELDS.requiredString(header, "key", "header"), orEmpty(text(header, "value")));
    }
    String address = text(prom, "address");
    return new PrometheusQuery(
        address == null ? "" : address,
        query,
        timeout == null ? PrometheusQuery.DEFAULT_TIMEOUT_SECONDS : timeout,
        headers);
  }

  /** A string field with {@code {{args.x}}} substituted; null when absent. */
  private String text(YMap map, String key) {
    String raw = FIELDS.string(map, key);
    if (raw == null) {
      return null;
    }
    try {
      return ArgTemplating.resolve(raw, args);
    } catch (ArgTemplating.UnresolvedTag e) {
      throw FIELDS.error(
          FIELDS.positionOf(map, key),
          e.getMessage(),
          "Declare the argument in the template's args, or fix the tag's spelling.");
    }
  }

  private Long duration(YMap map, String key) {
    String value = text(map, key);
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      long millis = GoDuration.parseMillis(value);
      if (millis < 0) {
        throw new IllegalArgumentException(key + " must not be negative");
      }
      return millis;
    } catch (IllegalArgumentException e) {
      throw FIELDS.error(
          FIELDS.positionOf(map, key),
          key + ": " + e.getMessage(),
          "Write a Go duration such as 30s, 5m or 1h30m (no \"d\").");
    }
  }

  /**
   * An int-or-string field. Argo parses a string after substitution with {@code intstr.IntValue},
   * which gives 0 for non-numeric text; we report that instead, as it is always a mistake.
   */
  private Integer intOrString(YMap map, String key) {
    YNode node = map.child(key);
    if (node == null || (node instanceof YScalar s && s.isNull())) {
      return null;
    }
    String value = text(map, key);
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw FIELDS.error(
          node.position(),
          key + " must be an integer, got \"" + value + "\"",
          "Write a whole number (or an {{args.x}} that holds one).");
    }
  }

  private String condition(YMap map, String key) {
    String text = text(map, key);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      conditions.checkSyntax(text);
    } catch (ConditionException e) {
      Position field = FIELDS.positionOf(map, key);
      YNode node = map.child(key);
      boolean plainSingleLine =
          node instanceof YScalar scalar && scalar.plain() && !text.contains("\n");
      Position at =
          plainSingleLine && e.line() == 1 && e.column() > 0
              ? new Position(field.path(), field.line(), field.column() + e.column() - 1)
              : field;
      throw FIELDS.error(
          at,
          key + " does not compile: " + e.getMessage(),
          "Fix the expression; Argo would record an Error measurement every time.");
    }
    return text;
  }

  private static InputException invalid(YMap map, String key, String message) {
    return FIELDS.error(
        FIELDS.positionOf(map, key),
        message,
        "Argo rejects this when the AnalysisRun starts (Analysis spec invalid).");
  }

  private static int orDefault(Integer value, int fallback) {
    return value == null ? fallback : value;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
