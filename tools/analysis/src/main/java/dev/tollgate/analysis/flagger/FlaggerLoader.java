package dev.tollgate.analysis.flagger;

import dev.tollgate.analysis.GoDuration;
import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads flagger.app/v1beta1 Canary and MetricTemplate documents from YAML trees (loaded through
 * tools/core), applying Flagger's defaults; shape mistakes are positioned {@link InputException}s.
 */
public final class FlaggerLoader {
  private static final String RULE = "flagger-canary";

  private FlaggerLoader() {}

  /** The Flagger objects of a set of documents. */
  public record Documents(List<FlaggerCanary> canaries, List<MetricTemplate> templates) {}

  public static boolean isFlagger(YNode document) {
    return document.text("apiVersion").orElse("").startsWith("flagger.app/");
  }

  public static Documents read(List<YNode> documents) {
    List<FlaggerCanary> canaries = new ArrayList<>();
    List<MetricTemplate> templates = new ArrayList<>();
    for (YNode doc : documents) {
      if (!isFlagger(doc)) {
        continue;
      }
      String kind = doc.text("kind").orElse("");
      if (kind.equals("Canary")) {
        canaries.add(canary(map(doc, "a Canary")));
      } else if (kind.equals("MetricTemplate")) {
        templates.add(template(map(doc, "a MetricTemplate")));
      }
    }
    return new Documents(canaries, templates);
  }

  private static MetricTemplate template(YMap doc) {
    String name = doc.text("metadata", "name").orElse("");
    String query = doc.text("spec", "query").orElse("");
    if (query.isBlank()) {
      throw error(
          doc.get("spec").map(YNode::position).orElse(doc.position()),
          "MetricTemplate \"" + name + "\" has no spec.query",
          "Add the PromQL query (a Go template) under spec.query.");
    }
    return new MetricTemplate(
        name,
        doc.text("metadata", "namespace").orElse("default"),
        doc.text("spec", "provider", "type").orElse("prometheus"),
        query,
        doc.position());
  }

  private static FlaggerCanary canary(YMap doc) {
    String name = doc.text("metadata", "name").orElse("");
    String namespace = doc.text("metadata", "namespace").orElse("default");
    YMap spec =
        doc.map("spec")
            .orElseThrow(
                () ->
                    error(
                        doc.position(),
                        "Canary \"" + name + "\" has no spec",
                        "Add spec.targetRef and spec.analysis."));
    String targetName = spec.text("targetRef", "name").orElse(name);
    YMap analysis =
        spec.map("analysis")
            .or(() -> spec.map("canaryAnalysis"))
            .orElseThrow(
                () ->
                    error(
                        spec.position(),
                        "Canary \"" + name + "\" has no spec.analysis",
                        "Add spec.analysis with interval, threshold, stepWeight/maxWeight and metrics."));
    String interval = analysis.text("interval").orElse("60s");
    long intervalMillis = duration(analysis, "interval", interval);
    // Flagger's GetAnalysisInterval never goes below 10s
    intervalMillis = Math.max(intervalMillis, 10_000);
    List<Integer> stepWeights = new ArrayList<>();
    for (YNode w : analysis.items("stepWeights")) {
      stepWeights.add(integer(w, "stepWeights entry"));
    }
    int stepWeight = intOr(analysis, "stepWeight", 0);
    int iterations = intOr(analysis, "iterations", 0);
    int maxWeight =
        stepWeights.isEmpty()
            ? intOr(analysis, "maxWeight", 100)
            : stepWeights.get(stepWeights.size() - 1);
    if (stepWeight <= 0 && stepWeights.isEmpty() && iterations <= 0) {
      throw error(
          spec.keyPosition(spec.has("analysis") ? "analysis" : "canaryAnalysis"),
          "Canary \"" + name + "\" analysis has no stepWeight, stepWeights or iterations",
          "Set stepWeight (and maxWeight), stepWeights, or iterations for A/B and blue/green.");
    }
    int threshold = intOr(analysis, "threshold", 1);
    List<FlaggerCanary.MetricSpec> metrics = new ArrayList<>();
    for (YNode m : analysis.items("metrics")) {
      metrics.add(metric(map(m, "a metric")));
    }
    FlaggerCanary.Analysis parsed =
        new FlaggerCanary.Analysis(
            intervalMillis,
            interval,
            threshold > 0 ? threshold : 1,
            maxWeight,
            stepWeight,
            stepWeights,
            iterations,
            Math.max(0, intOr(analysis, "stepWeightPromotion", 0)),
            metrics,
            analysis.items("webhooks").size());
    return new FlaggerCanary(
        name,
        namespace,
        spec.text("provider").orElse("istio"),
        spec.text("targetRef", "kind").orElse("Deployment"),
        targetName,
        spec.text("service", "name").orElse(targetName),
        spec.text("ingressRef", "name").orElse(targetName),
        spec.text("skipAnalysis").map(Boolean::parseBoolean).orElse(false),
        parsed,
        doc.position());
  }

  private static FlaggerCanary.MetricSpec metric(YMap m) {
    String name = m.text("name").orElse("");
    if (name.isEmpty()) {
      throw error(m.position(), "a Canary metric has no name", "Add name: to the metric.");
    }
    String query = m.text("query").orElse("");
    String templateName = m.text("templateRef", "name").orElse("");
    if (!BuiltinQueries.isBuiltin(name) && query.isEmpty() && templateName.isEmpty()) {
      throw error(
          m.position(),
          "metric \""
              + name
              + "\" is neither built in nor has a templateRef or query, so Flagger never checks it",
          "Use request-success-rate or request-duration, or point templateRef at a MetricTemplate.");
    }
    String interval = m.text("interval").orElse("1m");
    duration(m, "interval", interval);
    Map<String, String> variables = new LinkedHashMap<>();
    m.map("templateVariables")
        .ifPresent(
            v ->
                v.entries()
                    .forEach((k, e) -> variables.put(k, String.valueOf(e.value().toJava()))));
    YMap range = m.map("thresholdRange").orElse(null);
    return new FlaggerCanary.MetricSpec(
        name,
        interval,
        range == null ? null : optionalNumber(range, "min"),
        range == null ? null : optionalNumber(range, "max"),
        range != null,
        range == null ? number(m, "threshold", 0) : 0,
        query,
        templateName,
        m.text("templateRef", "namespace").orElse(""),
        variables,
        m.position());
  }

  private static long duration(YMap map, String key, String text) {
    try {
      return GoDuration.parseMillis(text);
    } catch (IllegalArgumentException e) {
      throw error(
          map.get(key).map(YNode::position).orElse(map.position()),
          e.getMessage(),
          "Write a Go duration such as 30s, 1m or 1m30s.");
    }
  }

  private static int intOr(YMap map, String key, int fallback) {
    return map.get(key).map(n -> integer(n, "\"" + key + "\"")).orElse(fallback);
  }

  private static int integer(YNode node, String what) {
    if (node instanceof YScalar s
        && s.toJava() instanceof Long l
        && l >= Integer.MIN_VALUE
        && l <= Integer.MAX_VALUE) {
      return l.intValue();
    }
    throw error(node.position(), what + " must be a whole number", "Write an integer such as 10.");
  }

  private static Double optionalNumber(YMap map, String key) {
    YNode node = map.child(key);
    if (node == null || (node instanceof YScalar s && s.isNull())) {
      return null;
    }
    return number(map, key, 0);
  }

  private static double number(YMap map, String key, double fallback) {
    YNode node = map.child(key);
    if (node == null) {
      return fallback;
    }
    if (node instanceof YScalar s && s.toJava() instanceof Number n) {
      return n.doubleValue();
    }
    throw error(
        node.position(), "\"" + key + "\" must be a number", "Write a number such as 99 or 0.5.");
  }

  private static YMap map(YNode node, String what) {
    if (node instanceof YMap map) {
      return map;
    }
    throw error(
        node.position(), what + " must be a mapping", "Write " + what + " as key: value pairs.");
  }

  static InputException error(Position position, String message, String hint) {
    return new InputException(Diagnostic.error(position, RULE, message, hint));
  }
}
