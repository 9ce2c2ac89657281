package dev.tollgate.lint.rules.argo;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;
import dev.tollgate.lint.rules.Nodes;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Shared by the AnalysisTemplate rules: the kinds, arg tags and int-or-string fields. */
final class Templates {
  private Templates() {}

  static final Set<String> KINDS =
      Set.of("AnalysisTemplate", "ClusterAnalysisTemplate", "AnalysisRun");

  /** An Argo argument tag, {@code {{ args.NAME }}}; whitespace inside the braces is trimmed. */
  static final Pattern ARG_TAG = Pattern.compile("\\{\\{\\s*args\\.([^}\\s]*)\\s*}}");

  /** Any {@code {{ ... }}} tag, which can only be checked once args are substituted. */
  static final Pattern ANY_TAG = Pattern.compile("\\{\\{[^}]*}}");

  /** An entry of {@code metrics} that is a mapping, with its index for messages. */
  record Metric(int index, YMap node) {
    /** How messages name the metric: {@code metrics[2] "error-rate"}. */
    String path() {
      return String.format("metrics[%d] \"%s\"", index, node.text("name").orElse(""));
    }
  }

  /** The mapping entries of a {@code metrics} list; entries of another shape are the schema's. */
  static List<Metric> metrics(List<YNode> items) {
    List<Metric> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof YMap metric) {
        out.add(new Metric(i, metric));
      }
    }
    return out;
  }

  /**
   * An int-or-string field as a number; empty when absent or when it is a {@code {{args}}} string
   * that only resolves at run time.
   */
  static OptionalLong intOrString(YMap metric, String field) {
    return metric.get(field).map(Nodes::asLong).orElse(OptionalLong.empty());
  }

  /** Every scalar under {@code node}, depth first. */
  static void scalars(YNode node, Consumer<YScalar> out) {
    if (node instanceof YScalar s) {
      out.accept(s);
    } else if (node instanceof YMap m) {
      m.entries().values().forEach(e -> scalars(e.value(), out));
    } else if (node instanceof YNode.YSeq seq) {
      seq.items().forEach(i -> scalars(i, out));
    }
  }

  static final List<String> PROVIDERS =
      List.of(
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
          "skywalking");
}
