package dev.tollgate.analysis.template;

import dev.tollgate.analysis.YamlFields;
import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads AnalysisTemplate and ClusterAnalysisTemplate documents; other kinds are skipped. */
public final class TemplateLoader {
  static final YamlFields FIELDS = new YamlFields("analysis-template");

  private static final Set<String> SPEC_FIELDS =
      Set.of("metrics", "args", "dryRun", "measurementRetention", "templates");

  private TemplateLoader() {}

  public static List<AnalysisTemplate> load(Path file, String displayPath) {
    return fromDocuments(YTrees.documents(new YamlLoader().load(file, displayPath)));
  }

  /** The templates among already-loaded documents. */
  public static List<AnalysisTemplate> fromDocuments(List<YNode> documents) {
    List<AnalysisTemplate> out = new ArrayList<>();
    for (YNode document : documents) {
      if (!(document instanceof YMap map)) {
        continue;
      }
      String kind = map.text("kind").orElse("");
      if (kind.equals("AnalysisTemplate") || kind.equals("ClusterAnalysisTemplate")) {
        out.add(parse(map, kind.equals("ClusterAnalysisTemplate")));
      }
    }
    return out;
  }

  static AnalysisTemplate parse(YMap document, boolean clusterScoped) {
    String kind = clusterScoped ? "ClusterAnalysisTemplate" : "AnalysisTemplate";
    YMap metadata =
        FIELDS.map(
            document.get("metadata").orElseGet(() -> missing(document, "metadata", kind)),
            "metadata");
    String name = FIELDS.requiredString(metadata, "name", kind + " metadata");
    YMap spec =
        FIELDS.map(document.get("spec").orElseGet(() -> missing(document, "spec", kind)), "spec");
    FIELDS.allowOnly(spec, SPEC_FIELDS, kind + " spec");
    List<YMap> metrics = new ArrayList<>();
    for (YNode metric : FIELDS.list(spec, "metrics")) {
      metrics.add(FIELDS.map(metric, "a metric"));
    }
    List<TemplateRef> refs = new ArrayList<>();
    for (YNode item : FIELDS.list(spec, "templates")) {
      YMap ref = FIELDS.map(item, "a template reference");
      refs.add(
          new TemplateRef(
              FIELDS.requiredString(ref, "templateName", "template reference"),
              FIELDS.bool(ref, "clusterScope", false),
              ref.position()));
    }
    return new AnalysisTemplate(
        clusterScoped,
        name,
        arguments(FIELDS.list(spec, "args")),
        metrics,
        nameRules(FIELDS.list(spec, "dryRun"), false),
        nameRules(FIELDS.list(spec, "measurementRetention"), true),
        refs,
        document.position());
  }

  private static YNode missing(YMap document, String key, String kind) {
    throw FIELDS.error(
        document.position(), kind + " has no \"" + key + "\"", "Add the \"" + key + "\" section.");
  }

  /** Template-side and Rollout-side {@code args[]}. */
  public static List<Argument> arguments(List<YNode> items) {
    List<Argument> out = new ArrayList<>();
    for (YNode item : items) {
      YMap arg = FIELDS.map(item, "an argument");
      String name = FIELDS.requiredString(arg, "name", "argument");
      String valueFrom = null;
      if (arg.child("valueFrom") != null) {
        YMap from = FIELDS.map(arg.child("valueFrom"), "valueFrom");
        valueFrom =
            from.entries().isEmpty() ? "valueFrom" : from.entries().keySet().iterator().next();
      }
      out.add(new Argument(name, FIELDS.string(arg, "value"), valueFrom, arg.position()));
    }
    return out;
  }

  /** {@code dryRun[]} and {@code measurementRetention[]}. */
  public static List<MetricNameRule> nameRules(List<YNode> items, boolean withLimit) {
    List<MetricNameRule> out = new ArrayList<>();
    for (YNode item : items) {
      YMap rule = FIELDS.map(item, withLimit ? "a measurementRetention rule" : "a dryRun rule");
      String metricName = FIELDS.requiredString(rule, "metricName", "rule");
      int limit = 0;
      if (withLimit) {
        String text = FIELDS.requiredString(rule, "limit", "measurementRetention rule");
        limit = parseInt(text, FIELDS.positionOf(rule, "limit"), "limit");
      }
      out.add(new MetricNameRule(metricName, limit, rule.position()));
    }
    return out;
  }

  static int parseInt(String text, Position position, String field) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw FIELDS.error(
          position,
          "\"" + field + "\" must be an integer, got \"" + text + "\"",
          "Write a whole number.");
    }
  }
}
