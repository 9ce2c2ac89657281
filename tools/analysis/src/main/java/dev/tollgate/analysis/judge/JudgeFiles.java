package dev.tollgate.analysis.judge;

import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a judge config and a series file (YAML, or JSON, which is YAML too). See docs/judge.md. */
public final class JudgeFiles {
  private static final Fields CONFIG = new Fields("judge-config");
  private static final Fields SERIES = new Fields("judge-series");

  private JudgeFiles() {}

  /** Baseline and canary samples of one metric. */
  // a carrier for the statistics; never compared or hashed, so identity equals is harmless
  @SuppressWarnings("ArrayRecordComponent")
  public record Samples(double[] baseline, double[] canary) {}

  public static JudgeConfig loadConfig(Path file, String displayPath) {
    YMap root = CONFIG.map(single(file, displayPath, CONFIG), "the judge config");
    CONFIG.onlyKeys(
        root,
        "the judge config",
        Set.of("apiVersion", "kind", "name", "thresholds", "classifier", "scopes", "metrics"));
    YMap thresholds = optionalMap(root, "thresholds");
    double pass = CONFIG.number(thresholds, "pass", 95);
    double marginal = CONFIG.number(thresholds, "marginal", 75);
    if (marginal > pass) {
      throw CONFIG.error(
          thresholds.position(),
          "marginal threshold " + marginal + " is above the pass threshold " + pass,
          "Set thresholds.marginal at or below thresholds.pass.");
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    YMap classifier = optionalMap(root, "classifier");
    YMap weightMap = optionalMap(classifier, "groupWeights");
    double total = 0;
    for (YNode.Entry e : weightMap.entries().values()) {
      double w = CONFIG.number(e.value(), "group weight \"" + e.key() + "\"");
      weights.put(e.key(), w);
      total += w;
    }
    if (total > 100) {
      throw CONFIG.error(
          weightMap.position(),
          "group weights add up to " + total + ", over 100",
          "Make classifier.groupWeights add up to 100.");
    }
    YMap scopes = optionalMap(root, "scopes");
    List<MetricConfig> metrics = new ArrayList<>();
    Set<String> names = new java.util.HashSet<>();
    for (YNode item : CONFIG.list(root, "metrics")) {
      MetricConfig metric = metric(CONFIG.map(item, "a metric"));
      if (!names.add(metric.name())) {
        throw CONFIG.error(
            item.position(),
            "duplicate metric name \"" + metric.name() + "\"",
            "Give every metric a unique name.");
      }
      metrics.add(metric);
    }
    if (metrics.isEmpty()) {
      throw CONFIG.error(
          root.position(),
          "the judge config has no metrics",
          "Add at least one entry under metrics.");
    }
    return new JudgeConfig(
        metrics,
        weights,
        pass,
        marginal,
        CONFIG.string(scopes, "baseline", ""),
        CONFIG.string(scopes, "canary", ""));
  }

  private static MetricConfig metric(YMap map) {
    CONFIG.onlyKeys(
        map, "a metric", Set.of("name", "groups", "query", "scopeName", "analysisConfigurations"));
    String name = CONFIG.string(map, "name", "");
    if (name.isEmpty()) {
      throw CONFIG.error(map.position(), "a metric has no \"name\"", "Add name: to the metric.");
    }
    List<String> groups = new ArrayList<>();
    for (YNode g : CONFIG.list(map, "groups")) {
      groups.add(String.valueOf(g.toJava()));
    }
    if (groups.isEmpty()) {
      groups.add("default");
    }
    YMap canary = optionalMap(optionalMap(map, "analysisConfigurations"), "canary");
    CONFIG.onlyKeys(
        canary,
        "analysisConfigurations.canary",
        Set.of(
            "direction",
            "nanStrategy",
            "critical",
            "mustHaveData",
            "muted",
            "effectSize",
            "outliers"));
    YMap effect = optionalMap(canary, "effectSize");
    CONFIG.onlyKeys(
        effect,
        "effectSize",
        Set.of(
            "measure",
            "allowedIncrease",
            "allowedDecrease",
            "criticalIncrease",
            "criticalDecrease"));
    String measure = CONFIG.choice(effect, "measure", "meanRatio", Set.of("meanratio", "cles"));
    measure = measure.equals("cles") ? "cles" : "meanRatio";
    double neutral = measure.equals("cles") ? 0.5 : 1.0;
    YMap outliers = optionalMap(canary, "outliers");
    CONFIG.onlyKeys(outliers, "outliers", Set.of("strategy", "outlierFactor"));
    return new MetricConfig(
        name,
        groups,
        CONFIG.string(map, "query", ""),
        MetricConfig.Direction.valueOf(
            CONFIG
                .choice(canary, "direction", "either", Set.of("either", "increase", "decrease"))
                .toUpperCase(java.util.Locale.ROOT)),
        CONFIG
            .choice(canary, "nanStrategy", "remove", Set.of("remove", "replace"))
            .equals("replace"),
        CONFIG.choice(outliers, "strategy", "keep", Set.of("keep", "remove")).equals("remove"),
        CONFIG.number(outliers, "outlierFactor", 3.0),
        CONFIG.bool(canary, "critical"),
        CONFIG.bool(canary, "mustHaveData"),
        CONFIG.bool(canary, "muted"),
        measure,
        CONFIG.number(effect, "allowedIncrease", neutral),
        CONFIG.number(effect, "allowedDecrease", neutral),
        CONFIG.number(effect, "criticalIncrease", neutral),
        CONFIG.number(effect, "criticalDecrease", neutral));
  }

  /** Samples per metric name; every metric of {@code config} must be present. */
  public static Map<String, Samples> loadSeries(Path file, String displayPath, JudgeConfig config) {
    YMap root = SERIES.map(single(file, displayPath, SERIES), "the series file");
    SERIES.onlyKeys(root, "the series file", Set.of("metrics"));
    YMap metrics = SERIES.map(root.get("metrics").orElse(root), "metrics");
    Map<String, Samples> out = new LinkedHashMap<>();
    Set<String> known = new java.util.HashSet<>();
    config.metrics().forEach(m -> known.add(m.name()));
    for (YNode.Entry e : metrics.entries().values()) {
      if (!known.contains(e.key())) {
        throw SERIES.error(
            e.keyPosition(),
            "series for \"" + e.key() + "\", which the judge config does not define",
            "Remove it or add the metric to the judge config.");
      }
      YMap pair = SERIES.map(e.value(), "series \"" + e.key() + "\"");
      SERIES.onlyKeys(pair, "series \"" + e.key() + "\"", Set.of("baseline", "canary"));
      out.put(e.key(), new Samples(values(pair, "baseline"), values(pair, "canary")));
    }
    for (MetricConfig m : config.metrics()) {
      if (!out.containsKey(m.name())) {
        throw SERIES.error(
            metrics.position(),
            "no series for metric \"" + m.name() + "\"",
            "Add " + m.name() + ": {baseline: [...], canary: [...]} (empty lists mean no data).");
      }
    }
    return out;
  }

  private static double[] values(YMap pair, String key) {
    List<YNode> items = SERIES.list(pair, key);
    double[] out = new double[items.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = SERIES.number(items.get(i), key + " sample " + (i + 1));
    }
    return out;
  }

  private static YMap optionalMap(YMap parent, String key) {
    YNode node = parent.child(key);
    if (node == null || (node instanceof YNode.YScalar s && s.isNull())) {
      return new YMap(parent.keyPosition(key), Map.of());
    }
    return CONFIG.map(node, "\"" + key + "\"");
  }

  private static YNode single(Path file, String displayPath, Fields fields) {
    List<YNode> documents = YTrees.documents(new YamlLoader().load(file, displayPath));
    if (documents.size() != 1) {
      throw fields.error(
          Position.ofFile(displayPath),
          "expected exactly one YAML document, found " + documents.size(),
          "Put the whole file in one document.");
    }
    return documents.get(0);
  }
}
