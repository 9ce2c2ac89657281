package dev.tollgate.analysis.testing;

import dev.tollgate.analysis.provider.SeriesInput;
import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import dev.tollgate.promql.PromDuration;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads a series file for {@code rollout simulate --series}: {@code interval} plus {@code
 * input_series}, the same notation as analysis tests.
 */
public final class SeriesFileLoader {
  private SeriesFileLoader() {}

  public static SeriesInput load(Path file, String displayPath) {
    List<YNode> documents = YTrees.documents(new YamlLoader().load(file, displayPath));
    if (documents.isEmpty()) {
      throw AnalysisTestLoader.FIELDS.error(
          Position.ofFile(displayPath),
          "the series file is empty",
          "Write interval: and input_series:.");
    }
    YMap root = AnalysisTestLoader.FIELDS.map(documents.get(0), "the series file");
    AnalysisTestLoader.FIELDS.allowOnly(
        root, Set.of("interval", "input_series"), "the series file");
    long interval = 60_000;
    String text = AnalysisTestLoader.FIELDS.string(root, "interval");
    if (text != null) {
      try {
        interval = PromDuration.parseMillis(text);
      } catch (IllegalArgumentException e) {
        throw AnalysisTestLoader.FIELDS.error(
            AnalysisTestLoader.FIELDS.positionOf(root, "interval"),
            "interval: " + e.getMessage(),
            "Write a Prometheus duration such as 30s or 1m.");
      }
    }
    SeriesInput input = new SeriesInput(interval);
    for (YNode item : AnalysisTestLoader.FIELDS.list(root, "input_series")) {
      YMap entry = AnalysisTestLoader.FIELDS.map(item, "an input_series entry");
      AnalysisTestLoader.FIELDS.allowOnly(
          entry, Set.of("series", "values"), "an input_series entry");
      input.add(
          AnalysisTestLoader.FIELDS.requiredString(entry, "series", "input_series entry"),
          AnalysisTestLoader.FIELDS.positionOf(entry, "series"),
          AnalysisTestLoader.FIELDS.requiredString(entry, "values", "input_series entry"),
          AnalysisTestLoader.FIELDS.positionOf(entry, "values"));
    }
    return input;
  }
}
