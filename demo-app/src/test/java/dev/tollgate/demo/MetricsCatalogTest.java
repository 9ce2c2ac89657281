package dev.tollgate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app, scraped like Prometheus does: every demo-app metric that docs/metrics.md lists
 * (and that dashboards, alerts and AnalysisTemplates rely on) is exposed, with the common tags.
 */
@AutoConfigureObservability
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"APP_VERSION=1.2.3", "TRACK=canary"})
class MetricsCatalogTest {
  private static final Pattern CATALOG_ROW = Pattern.compile("^\\| `([a-z_:]+)` \\| (\\w+) \\|");

  @Autowired TestRestTemplate http;

  @DynamicPropertySource
  static void flags(DynamicPropertyRegistry registry) {
    FlagsTestConfiguration.useFixtureFlags(registry);
  }

  @Test
  void exposesEveryCatalogMetricWithCommonTags() throws IOException {
    exerciseEveryEndpoint();
    String scrape = http.getForObject("/actuator/prometheus", String.class);

    List<String> expected = demoAppCatalog();
    assertThat(expected).as("demo-app rows of docs/metrics.md").hasSizeGreaterThanOrEqualTo(7);
    for (String series : expected) {
      assertThat(scrape).as("scrape exposes %s", series).containsPattern("(?m)^" + series + "\\{");
    }
    assertThat(scrape)
        .containsPattern(
            "http_server_requests_seconds_bucket\\{app=\"demo-app\"[^}]*track=\"canary\"[^}]*version=\"1\\.2\\.3\",le=\"0\\.5\"\\}")
        // 2027-01-29T00:00:00Z, the fixture's new-pricing sunset
        .containsPattern(
            "feature_flag_sunset_timestamp_seconds\\{[^}]*flag=\"new-pricing\"[^}]*owner=\"team-pricing\"[^}]*\\} 1\\.8011808E9");
  }

  private void exerciseEveryEndpoint() {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-User-Id", "user-1");
    headers.setContentType(MediaType.APPLICATION_JSON);
    http.getForObject("/price?sku=sku-1&user=user-1", String.class);
    http.getForObject("/recommendation?user=user-1", String.class);
    http.postForObject(
        "/checkout",
        new HttpEntity<>("{\"items\":[{\"sku\":\"sku-1\",\"quantity\":1}]}", headers),
        String.class);
  }

  /** Series names the catalog promises for demo-app: histograms as their _bucket series. */
  private static List<String> demoAppCatalog() throws IOException {
    Path catalog = Path.of(System.getProperty("tollgate.root", "..")).resolve("docs/metrics.md");
    List<String> names = new ArrayList<>();
    boolean inDemoApp = false;
    for (String line : Files.readAllLines(catalog)) {
      if (line.startsWith("## ")) {
        inDemoApp = line.contains("demo-app");
      }
      Matcher row = CATALOG_ROW.matcher(line);
      if (inDemoApp && row.find()) {
        names.add(row.group(2).equals("histogram") ? row.group(1) + "_bucket" : row.group(1));
      }
    }
    return names;
  }
}
