package dev.tollgate.analysis.template;

import dev.tollgate.analysis.ConditionEvaluator;
import dev.tollgate.analysis.Metric;
import dev.tollgate.analysis.YamlFields;
import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode.YMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Builds an AnalysisRun's metrics from templates the way Argo does ({@code utils/analysis/
 * helpers.go} {@code flattenArgs}, {@code MergeArgs}, {@code flattenMetrics}, {@code
 * GetDryRunMetrics}, {@code GetMeasurementRetentionMetrics}; spec §1.2, §1.6).
 */
public final class RunBuilder {
  private static final YamlFields FIELDS = TemplateLoader.FIELDS;

  private RunBuilder() {}

  /**
   * The run's metrics: merged arguments substituted into the templates' metrics.
   *
   * @param rolloutArgs the Rollout's {@code analysis.args}; they override template values by name
   * @param overrides values the user gives (test file {@code args}, {@code --arg}); they win over
   *     everything and stand in for {@code valueFrom}, which cannot be read offline
   * @param where the position to blame for a missing argument value
   */
  public static List<Metric> build(
      List<AnalysisTemplate> templates,
      List<Argument> rolloutArgs,
      Map<String, String> overrides,
      List<MetricNameRule> rolloutDryRun,
      List<MetricNameRule> rolloutRetention,
      ConditionEvaluator conditions,
      Position where) {
    Map<String, Argument> args = flattenArgs(templates);
    for (Argument rolloutArg : rolloutArgs) {
      Argument declared = args.get(rolloutArg.name());
      if (declared != null && (rolloutArg.hasValue() || rolloutArg.valueFrom() != null)) {
        args.put(rolloutArg.name(), rolloutArg);
      }
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Argument arg : args.values()) {
      String override = overrides.get(arg.name());
      if (override != null) {
        values.put("args." + arg.name(), override);
      } else if (arg.hasValue()) {
        values.put("args." + arg.name(), arg.value());
      } else if (arg.valueFrom() != null) {
        throw FIELDS.error(
            arg.position(),
            "argument \""
                + arg.name()
                + "\" takes its value from valueFrom."
                + arg.valueFrom()
                + ", which tollgate cannot read offline",
            "Give the value in the test's args (analysis test) or with --arg "
                + arg.name()
                + "=VALUE (rollout simulate, analysis run).");
      } else {
        throw FIELDS.error(
            where,
            "args." + arg.name() + " was not resolved: the template declares it without a value",
            "Supply it: args: {"
                + arg.name()
                + ": ...} in the test, or --arg "
                + arg.name()
                + "=VALUE.");
      }
    }
    MetricParser parser = new MetricParser(values, conditions);
    List<Metric> metrics = new ArrayList<>();
    Map<String, Position> seen = new LinkedHashMap<>();
    List<MetricNameRule> dryRun = new ArrayList<>(rolloutDryRun);
    List<MetricNameRule> retention = new ArrayList<>(rolloutRetention);
    for (AnalysisTemplate template : templates) {
      for (YMap raw : template.metrics()) {
        Metric metric = parser.parse(raw);
        Position previous = seen.putIfAbsent(metric.name(), metric.position());
        if (previous != null) {
          throw FIELDS.error(
              metric.position(),
              "two metrics have the same name '" + metric.name() + "' (also at " + previous + ")",
              "Rename one metric; metric names must be unique across the run's templates.");
        }
        metrics.add(metric);
      }
      dryRun.addAll(template.dryRun());
      retention.addAll(template.measurementRetention());
    }
    if (metrics.isEmpty()) {
      throw FIELDS.error(where, "no metrics specified", "Give the templates at least one metric.");
    }
    applyDryRun(metrics, dryRun);
    applyRetention(metrics, retention);
    return metrics;
  }

  /**
   * The values the user gave for arguments that Argo would read from a Secret ({@code
   * valueFrom.secretKeyRef}); they are redacted in measurement messages.
   */
  public static Set<String> secretValues(
      List<AnalysisTemplate> templates, List<Argument> rolloutArgs, Map<String, String> overrides) {
    Set<String> out = new HashSet<>();
    List<Argument> all = new ArrayList<>(rolloutArgs);
    templates.forEach(t -> all.addAll(t.args()));
    for (Argument arg : all) {
      if ("secretKeyRef".equals(arg.valueFrom()) && overrides.containsKey(arg.name())) {
        out.add(overrides.get(arg.name()));
      }
    }
    return out;
  }

  /** Template args combined; one name with two different values is Argo's error. */
  private static Map<String, Argument> flattenArgs(List<AnalysisTemplate> templates) {
    Map<String, Argument> args = new LinkedHashMap<>();
    for (AnalysisTemplate template : templates) {
      for (Argument arg : template.args()) {
        Argument previous = args.get(arg.name());
        if (previous == null || (!previous.hasValue() && previous.valueFrom() == null)) {
          args.put(arg.name(), arg);
        } else if (arg.hasValue()
            && previous.hasValue()
            && !Objects.equals(arg.value(), previous.value())) {
          throw FIELDS.error(
              arg.position(),
              "Argument `" + arg.name() + "` specified multiple times with different values",
              "Give the argument the same value in every template (also declared at "
                  + previous.position()
                  + ").");
        }
      }
    }
    return args;
  }

  private static void applyDryRun(List<Metric> metrics, List<MetricNameRule> rules) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      MetricNameRule rule = rules.get(i);
      checkUnique(names, rule, "dryRun");
      boolean matched = false;
      for (int m = 0; m < metrics.size(); m++) {
        if (matches(rule, metrics.get(m).name())) {
          metrics.set(m, metrics.get(m).withDryRun(true));
          matched = true;
        }
      }
      if (!matched) {
        throw FIELDS.error(
            rule.position(),
            "dryRun[" + i + "]: Rule didn't match any metric name(s)",
            "metricName is an unanchored Go regex (\".*\" matches all; a bare \"*\" is invalid"
                + " and never matches).");
      }
    }
  }

  private static void applyRetention(List<Metric> metrics, List<MetricNameRule> rules) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      MetricNameRule rule = rules.get(i);
      checkUnique(names, rule, "measurementRetention");
      boolean matched = false;
      for (int m = 0; m < metrics.size(); m++) {
        if (matches(rule, metrics.get(m).name())) {
          int limit = rule.limit() == 0 ? Metric.DEFAULT_MEASUREMENT_RETENTION : rule.limit();
          metrics.set(m, metrics.get(m).withRetention(limit));
          matched = true;
        }
      }
      if (!matched) {
        throw FIELDS.error(
            rule.position(),
            "measurementRetention[" + i + "]: Rule didn't match any metric name(s)",
            "metricName is an unanchored Go regex (\".*\" matches all).");
      }
    }
  }

  private static void checkUnique(Set<String> names, MetricNameRule rule, String field) {
    if (!names.add(rule.metricName())) {
      throw FIELDS.error(
          rule.position(),
          field + ": metric name \"" + rule.metricName() + "\" is listed twice",
          "Remove the duplicate rule.");
    }
  }

  /** Go's {@code regexp.MatchString}: unanchored; an invalid pattern never matches. */
  static boolean matches(MetricNameRule rule, String metricName) {
    try {
      return Pattern.compile(rule.metricName()).matcher(metricName).find();
    } catch (PatternSyntaxException e) {
      return false;
    }
  }
}
