package dev.tollgate.analysis.judge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Fetches samples with the Prometheus HTTP API's {@code /api/v1/query_range}. Every series of the
 * matrix is flattened into one sample list (series order, then time order), as Argo does with a
 * range query.
 */
public final class PrometheusRangeSource {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final HttpClient client;
  private final Duration timeout;

  public PrometheusRangeSource(URI base, Duration timeout) {
    this.base = base;
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /**
   * Runs a range query and returns the values of every series it yields, series after series.
   *
   * @param start RFC 3339 or Unix seconds, passed to Prometheus as given
   * @param step a Prometheus duration ({@code 30s}) or seconds
   */
  public double[] rangeQuery(String query, String start, String end, String step) {
    String url =
        base.toString().replaceAll("/+$", "")
            + "/api/v1/query_range?query="
            + encode(query)
            + "&start="
            + encode(start)
            + "&end="
            + encode(end)
            + "&step="
            + encode(step);
    HttpResponse<String> response;
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException | IllegalArgumentException e) {
      throw failure("cannot query Prometheus at " + base + ": " + e, "Check --prometheus.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure("interrupted while querying Prometheus", "Run the command again.");
    }
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (IOException e) {
      throw failure(
          "Prometheus answered HTTP " + response.statusCode() + " with a body that is not JSON",
          "Check that --prometheus points at the Prometheus server, not a UI or proxy page.");
    }
    if (!"success".equals(body.path("status").asText())) {
      throw failure(
          "Prometheus rejected query "
              + query
              + ": "
              + body.path("errorType").asText("error")
              + ": "
              + body.path("error").asText("HTTP " + response.statusCode()),
          "Fix the metric's query, or the --start, --end and --step values.");
    }
    JsonNode data = body.path("data");
    if (!"matrix".equals(data.path("resultType").asText())) {
      throw failure(
          "Prometheus returned a " + data.path("resultType").asText() + ", not a matrix",
          "Use a query that yields series.");
    }
    List<Double> values = new ArrayList<>();
    for (JsonNode series : data.path("result")) {
      for (JsonNode point : series.path("values")) {
        values.add(parse(point.path(1).asText()));
      }
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double parse(String text) {
    return switch (text) {
      case "NaN" -> Double.NaN;
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(text);
    };
  }

  private InputException failure(String message, String hint) {
    return new InputException(
        Diagnostic.error(Position.ofFile(base.toString()), "judge-prometheus", message, hint));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
