package dev.tollgate.lint.rules.grafana;

import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.SourceFile;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.EmbeddedText;
import dev.tollgate.lint.rules.Nodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The Grafana dashboards of a workspace: JSON files (parsed as YAML by the loader, so they keep
 * positions) whose root — or {@code dashboard} member, the API export format — has {@code panels},
 * and ConfigMap data values ending in {@code .json} (the sidecar provisioning format), parsed here
 * with their positions shifted into the ConfigMap's file.
 */
final class Dashboards {
  private Dashboards() {}

  /** One dashboard; {@code embedding} is the ConfigMap value it came from, or null. */
  record Dashboard(String path, YMap root, YScalar embedding, Workspace workspace) {

    /** Where offset {@code offset} of string {@code scalar} (a query) is in the file. */
    Position locate(YScalar scalar, int offset) {
      if (embedding == null) {
        return EmbeddedText.position(workspace, scalar, offset);
      }
      Position inner = scalar.position();
      return toFile(new Position(inner.path(), inner.line(), inner.column() + 1 + offset));
    }

    Position locate(YNode node) {
      return embedding == null ? node.position() : toFile(node.position());
    }

    private Position toFile(Position inner) {
      String text = embedding.text();
      int offset = 0;
      for (int line = 1; line < inner.line() && offset < text.length(); offset++) {
        if (text.charAt(offset) == '\n') {
          line++;
        }
      }
      return EmbeddedText.position(workspace, embedding, offset + Math.max(0, inner.column() - 1));
    }

    String uid() {
      return root.text("uid").orElse("");
    }
  }

  static List<Dashboard> of(Workspace workspace) {
    List<Dashboard> out = new ArrayList<>();
    for (SourceFile file : workspace.files()) {
      for (YNode document : file.documents()) {
        dashboardRoot(document)
            .ifPresent(root -> out.add(new Dashboard(file.path(), root, null, workspace)));
      }
    }
    for (KubeObject config : workspace.objects()) {
      if (!config.kind().equals("ConfigMap")) {
        continue;
      }
      config
          .root()
          .map("data")
          .ifPresent(
              data ->
                  data.entries()
                      .forEach(
                          (key, entry) -> {
                            if (key.toLowerCase(Locale.ROOT).endsWith(".json")
                                && entry.value() instanceof YScalar value) {
                              embedded(config, value, workspace).ifPresent(out::add);
                            }
                          }));
    }
    return out;
  }

  private static java.util.Optional<Dashboard> embedded(
      KubeObject config, YScalar value, Workspace workspace) {
    try {
      List<YNode> docs = YTrees.documents(new YamlLoader().loadText(config.path(), value.text()));
      for (YNode doc : docs) {
        var root = dashboardRoot(doc);
        if (root.isPresent()) {
          return java.util.Optional.of(new Dashboard(config.path(), root.get(), value, workspace));
        }
      }
    } catch (InputException e) {
      // not JSON a dashboard rule can read; the ConfigMap value is reported by the JSON check
    }
    return java.util.Optional.empty();
  }

  private static java.util.Optional<YMap> dashboardRoot(YNode document) {
    if (!(document instanceof YMap map) || map.has("apiVersion")) {
      return java.util.Optional.empty();
    }
    if (map.get("panels").isPresent() || map.get("rows").isPresent()) {
      return java.util.Optional.of(map);
    }
    return map.map("dashboard").filter(d -> d.has("panels") || d.has("rows"));
  }

  /** A Prometheus query of a panel target: the {@code expr} scalar and the panel's title. */
  record Query(YScalar expr, String panel) {}

  /** Every PromQL target of every panel (rows and collapsed rows included). */
  static List<Query> queries(YMap root) {
    List<Query> out = new ArrayList<>();
    Consumer<YNode> visit =
        new Consumer<>() {
          @Override
          public void accept(YNode panel) {
            String title = panel.text("title").orElse("");
            boolean panelPrometheus = isPrometheus(panel.get("datasource").orElse(null), true);
            for (YNode target : panel.items("targets")) {
              YNode expr = target.get("expr").orElse(null);
              boolean prometheus =
                  target.get("datasource").isPresent()
                      ? isPrometheus(target.get("datasource").get(), panelPrometheus)
                      : panelPrometheus;
              if (prometheus && expr instanceof YScalar s && !Nodes.scalarText(s).isBlank()) {
                out.add(new Query(s, title));
              }
            }
            panel.items("panels").forEach(this);
          }
        };
    root.items("panels").forEach(visit);
    for (YNode row : root.items("rows")) {
      row.items("panels").forEach(visit);
    }
    return out;
  }

  /** A datasource naming another type (loki, tempo...) is not PromQL; unknown counts as yes. */
  private static boolean isPrometheus(YNode datasource, boolean fallback) {
    if (datasource == null) {
      return fallback;
    }
    String type =
        datasource instanceof YScalar s ? Nodes.scalarText(s) : datasource.text("type").orElse("");
    String lower = type.toLowerCase(Locale.ROOT);
    if (lower.isEmpty() || lower.startsWith("$") || lower.contains("prometheus")) {
      return lower.isEmpty() ? fallback : true;
    }
    return false;
  }
}
