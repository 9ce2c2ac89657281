package dev.tollgate.lint.rules.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.testing.RuleFixtureTest;
import dev.tollgate.lint.testing.TestWorkspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnknownMetricRuleTest extends RuleFixtureTest {
  UnknownMetricRuleTest() {
    super(UnknownMetricRule.class);
  }

  @TempDir Path root;

  private static final String DASHBOARD =
      """
      {
        "uid": "orders",
        "panels": [
          {"title": "Orders", "targets": [
            {"expr": "sum(rate(demo_orders_totl{outcome=\\"ok\\"}[$__rate_interval]))"},
            {"expr": "histogram_quantile(0.99, rate(http_server_requests_seconds_bucket[5m]))"},
            {"expr": "rpc_latency_seconds_count + on() group_left demo_app:orders:rate5m"}
          ]}
        ]
      }
      """;

  private static final String RECORDING_RULE =
      """
      apiVersion: monitoring.coreos.com/v1
      kind: PrometheusRule
      metadata:
        name: demo
      spec:
        groups:
          - name: demo
            rules:
              - record: demo_app:orders:rate5m
                expr: sum(rate(demo_orders_total[5m]))
      """;

  @Test
  void reportsAMetricMissingFromTheCatalogAtItsColumn() throws IOException {
    writeCatalog();
    List<Diagnostic> found =
        findings(
            new UnknownMetricRule(),
            workspace("dashboards/orders.json", DASHBOARD, "rules.yaml", RECORDING_RULE));
    assertThat(found).extracting(Diagnostic::render).hasSize(1);
    Diagnostic d = found.get(0);
    assertThat(d.message())
        .isEqualTo(
            "panel \"Orders\" queries metric \"demo_orders_totl\", which docs/metrics.md does not"
                + " list");
    // line 5 is the first target; the metric starts after `{"expr": "sum(rate(`
    String line = DASHBOARD.lines().toList().get(4);
    assertThat(d.position().line()).isEqualTo(5);
    assertThat(d.position().column()).isEqualTo(line.indexOf("demo_orders_totl") + 1);
  }

  @Test
  void acceptsHistogramAndSummarySeriesOnlyWhenTheCatalogTypesThem() throws IOException {
    writeCatalog();
    String dashboard =
        "{\"uid\": \"x\", \"panels\": [{\"title\": \"T\", \"targets\": ["
            + "{\"expr\": \"demo_orders_total_bucket\"}, {\"expr\": \"rpc_latency_seconds_sum\"}]}]}";
    List<Diagnostic> found = findings(new UnknownMetricRule(), workspace("d.json", dashboard));
    assertThat(found)
        .extracting(Diagnostic::message)
        .containsExactly(
            "panel \"T\" queries metric \"demo_orders_total_bucket\", which docs/metrics.md does"
                + " not list");
  }

  @Test
  void checksDashboardsEmbeddedInConfigMaps() throws IOException {
    writeCatalog();
    String configMap =
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: dashboards
        data:
          orders.json: |
            {"uid": "cm", "panels": [{"title": "Embedded",
              "targets": [{"expr": "rate(unknown_metric_total[5m])"}]}]}
        """;
    List<Diagnostic> found = findings(new UnknownMetricRule(), workspace("cm.yaml", configMap));
    assertThat(found).hasSize(1);
    String line = configMap.lines().toList().get(7);
    assertThat(found.get(0).position().line()).isEqualTo(8);
    assertThat(found.get(0).position().column()).isEqualTo(line.indexOf("unknown_metric") + 1);
  }

  @Test
  void reportsAMissingCatalogOncePerDashboardInsteadOfFailing() throws IOException {
    Files.createDirectories(root.resolve(".git")); // stops the upward search at this root
    List<Diagnostic> found = findings(new UnknownMetricRule(), workspace("d.json", DASHBOARD));
    assertThat(found)
        .extracting(d -> d.position() + " " + d.message())
        .containsExactly(
            "d.json:1:1 metric catalog \"docs/metrics.md\" not found, so the metrics of dashboard"
                + " \"orders\" cannot be checked");
  }

  private Workspace workspace(String... pathsAndTexts) throws IOException {
    TestWorkspace.Builder builder = TestWorkspace.builder().root(root);
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      Path file = root.resolve(pathsAndTexts[i]);
      Files.createDirectories(file.getParent());
      Files.writeString(file, pathsAndTexts[i + 1]);
      builder.yaml(pathsAndTexts[i], pathsAndTexts[i + 1]);
    }
    return builder.build();
  }

  private void writeCatalog() throws IOException {
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("rules/grafana-unknown-metric/catalog/docs/metrics.md")) {
      assertThat(in).as("fixture catalog").isNotNull();
      Path docs = Files.createDirectories(root.resolve("docs"));
      Files.writeString(
          docs.resolve("metrics.md"), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
