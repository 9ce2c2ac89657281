package dev.tollgate.analysis.template;

import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode.YMap;
import java.util.List;

/**
 * An AnalysisTemplate or ClusterAnalysisTemplate as written. Metrics stay YAML until the run is
 * built, because {@code {{args.x}}} may stand in any string field, {@code count} included.
 */
public record AnalysisTemplate(
    boolean clusterScoped,
    String name,
    List<Argument> args,
    List<YMap> metrics,
    List<MetricNameRule> dryRun,
    List<MetricNameRule> measurementRetention,
    List<TemplateRef> templates,
    Position position) {

  public String kind() {
    return clusterScoped ? "ClusterAnalysisTemplate" : "AnalysisTemplate";
  }
}
