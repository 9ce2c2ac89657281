package dev.tollgate.lint.repo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The demo-app's Grafana dashboards are well-formed and query only metrics that docs/metrics.md
 * catalogues, so a renamed metric breaks this test rather than a dashboard in production.
 */
class DashboardCatalogTest {

  private static final Path ROOT = RepoLayout.root();
  private static final Path DASHBOARDS = ROOT.resolve("apps/demo-app/base/dashboards");

  /** A metric selector: a name directly followed by its label matchers or a range. */
  private static final Pattern SELECTOR =
      Pattern.compile("(?<![\\w:$])([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*[{\\[]");

  /** A bare recording-rule name (level:metric:operation). */
  private static final Pattern RECORDED =
      Pattern.compile("(?<![\\w:])([a-z_]+:[a-z0-9_]+:[a-z0-9_]+)(?![\\w:])");

  /** First table column of docs/metrics.md: | `name` | ... */
  private static final Pattern CATALOG_ROW =
      Pattern.compile("^\\|\\s*`([a-zA-Z_:][\\w:]*)`\\s*\\|");

  @Test
  void fourDashboardsWithUniqueUidsQueryOnlyCataloguedMetrics() throws IOException {
    Set<String> catalog = catalog();
    List<Path> files;
    try (Stream<Path> list = Files.list(DASHBOARDS)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSize(4);
    Set<String> uids = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    for (Path file : files) {
      JsonNode dashboard = json.readTree(file.toFile());
      assertThat(uids.add(dashboard.path("uid").asText())).as("unique uid in %s", file).isTrue();
      assertThat(dashboard.path("title").asText()).as("title of %s", file).isNotBlank();
      JsonNode panels = dashboard.path("panels");
      assertThat(panels.size()).as("panels of %s", file).isPositive();
      for (JsonNode panel : panels) {
        assertThat(panel.path("targets").size())
            .as("%s panel %s has queries", file.getFileName(), panel.path("title").asText())
            .isPositive();
        for (JsonNode target : panel.path("targets")) {
          for (String metric : metricsIn(target.path("expr").asText())) {
            assertThat(catalog)
                .as(
                    "%s panel \"%s\" queries %s",
                    file.getFileName(), panel.path("title").asText(), metric)
                .contains(family(metric));
          }
        }
      }
    }
  }

  @Test
  void metricExtractionSeesSelectorsAndRecordedSeriesButNotFunctionsOrLabels() {
    assertThat(
            metricsIn(
                "histogram_quantile(0.99, sum by (le) (rate(http_server_requests_seconds_bucket{app=\"x\"}[2m])))"
                    + " / demo_app:http_requests:rate2m"))
        .containsExactlyInAnyOrder(
            "http_server_requests_seconds_bucket", "demo_app:http_requests:rate2m");
    assertThat(family("http_server_requests_seconds_count"))
        .isEqualTo("http_server_requests_seconds");
    assertThat(family("demo_orders_total")).isEqualTo("demo_orders_total");
  }

  static Set<String> metricsIn(String expr) {
    Set<String> names = new LinkedHashSet<>();
    Matcher selector = SELECTOR.matcher(expr);
    while (selector.find()) {
      names.add(selector.group(1));
    }
    Matcher recorded = RECORDED.matcher(expr);
    while (recorded.find()) {
      names.add(recorded.group(1));
    }
    return names;
  }

  /** Histogram series belong to the family catalogued without the _bucket/_count/_sum suffix. */
  static String family(String series) {
    return series.replaceFirst("_(bucket|count|sum)$", "");
  }

  private static Set<String> catalog() throws IOException {
    Set<String> names = new HashSet<>();
    for (String line : Files.readAllLines(ROOT.resolve("docs/metrics.md"))) {
      Matcher row = CATALOG_ROW.matcher(line);
      if (row.find()) {
        names.add(row.group(1));
      }
    }
    assertThat(names).as("metric names in docs/metrics.md").isNotEmpty();
    return names;
  }
}
