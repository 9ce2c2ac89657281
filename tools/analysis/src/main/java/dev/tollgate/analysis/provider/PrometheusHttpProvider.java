package dev.tollgate.analysis.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.analysis.Metric;
import dev.tollgate.analysis.MetricProvider;
import dev.tollgate.analysis.ProviderException;
import dev.tollgate.analysis.QueryResult;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The live provider: {@code GET /api/v1/query} on a Prometheus server at the current time, as the
 * controller does. Connection errors, HTTP errors and unsupported result types become Error
 * measurements.
 */
public final class PrometheusHttpProvider implements MetricProvider {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String addressOverride;
  private final HttpClient client;

  /**
   * @param addressOverride the server to ask; null to use each metric's own address
   */
  public PrometheusHttpProvider(String addressOverride) {
    this.addressOverride = addressOverride;
    this.client =
        HttpClient.newBuilder()
            // plain HTTP/1.1 like Go's client on http://; an h2c upgrade attempt stalls some
            // servers
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  @Override
  public QueryResult query(Metric metric, long timeMillis) throws ProviderException {
    String address =
        addressOverride != null && !addressOverride.isEmpty()
            ? addressOverride
            : metric.prometheus().address();
    if (address == null || address.isEmpty()) {
      throw new ProviderException("prometheus address is not configured");
    }
    String base = address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    String url =
        base
            + "/api/v1/query?query="
            + URLEncoder.encode(metric.prometheus().query(), StandardCharsets.UTF_8)
            + "&time="
            + String.format(java.util.Locale.ROOT, "%.3f", System.currentTimeMillis() / 1000.0);
    HttpRequest.Builder request;
    try {
      request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(Duration.ofSeconds(Math.max(1, metric.prometheus().timeoutSeconds())))
              .GET();
    } catch (IllegalArgumentException e) {
      throw new ProviderException("prometheus address is not is url format: " + address, e);
    }
    metric.prometheus().headers().forEach(request::header);
    HttpResponse<String> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new ProviderException("Get \"" + url + "\": context deadline exceeded", e);
    } catch (ConnectException e) {
      throw new ProviderException("Get \"" + url + "\": connection refused", e);
    } catch (IOException e) {
      throw new ProviderException("Get \"" + url + "\": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderException("interrupted", e);
    }
    return parse(response.statusCode(), response.body());
  }

  /** Parses an {@code /api/v1/query} response body (any status code). */
  public static QueryResult parse(int status, String body) throws ProviderException {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      throw new ProviderException(
          "server returned HTTP status " + status + " with a body that is not JSON", e);
    }
    if (root == null || !root.isObject()) {
      throw new ProviderException("server returned HTTP status " + status + " without a result");
    }
    if (!"success".equals(root.path("status").asText())) {
      String type = root.path("errorType").asText("");
      String error = root.path("error").asText("HTTP status " + status);
      throw new ProviderException(type.isEmpty() ? error : type + ": " + error);
    }
    JsonNode data = root.path("data");
    String type = data.path("resultType").asText("");
    JsonNode result = data.path("result");
    switch (type) {
      case "scalar" -> {
        return ResultShapes.scalar(sampleValue(result));
      }
      case "vector" -> {
        List<Double> values = new ArrayList<>();
        for (JsonNode sample : result) {
          values.add(sampleValue(sample.path("value")));
        }
        return ResultShapes.list(values);
      }
      case "matrix" -> {
        List<Double> values = new ArrayList<>();
        for (JsonNode series : result) {
          for (JsonNode point : series.path("values")) {
            values.add(sampleValue(point));
          }
        }
        return ResultShapes.list(values);
      }
      default -> throw ResultShapes.unsupported(type);
    }
  }

  /** A {@code [timestamp, "value"]} pair's value; Prometheus writes NaN and ±Inf as strings. */
  private static double sampleValue(JsonNode pair) throws ProviderException {
    JsonNode value = pair.path(1);
    if (!value.isTextual()) {
      throw new ProviderException("malformed sample in Prometheus response: " + pair);
    }
    String text = value.asText();
    return switch (text) {
      case "NaN" -> Double.NaN;
      case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> {
        try {
          yield Double.parseDouble(text);
        } catch (NumberFormatException e) {
          throw new ProviderException("malformed sample value in Prometheus response: " + text);
        }
      }
    };
  }
}
