package dev.tollgate.flags.openfeature;

import dev.tollgate.flags.model.FlagSet;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * A Flipt server's evaluation snapshot, fetched with {@code If-None-Match} so an unchanged
 * namespace costs a 304 and no parsing.
 */
final class FliptSnapshotSource implements SnapshotSource {
  private final HttpClient http;
  private final URI uri;
  private final String namespace;
  private String etag;

  FliptSnapshotSource(URI baseUrl, String namespace, Duration timeout) {
    String base = baseUrl.toString().replaceAll("/+$", "");
    this.uri =
        URI.create(
            base
                + "/internal/v1/evaluation/snapshot/namespace/"
                + URLEncoder.encode(namespace, StandardCharsets.UTF_8));
    this.namespace = namespace;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public Optional<FlagSet> poll() throws SnapshotException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(10))
            .header("Accept", "application/json")
            .header("X-Flipt-Accept-Server-Version", "1.47.0")
            .GET();
    if (etag != null) {
      request.header("If-None-Match", etag);
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new SnapshotException(uri + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SnapshotException(uri + ": interrupted", e);
    }
    if (response.statusCode() == 304) {
      return Optional.empty();
    }
    if (response.statusCode() != 200) {
      throw new SnapshotException(uri + ": HTTP " + response.statusCode());
    }
    FlagSet flags;
    try {
      flags = FliptDocuments.parse(response.body(), namespace, uri.toString());
    } catch (IOException e) {
      throw new SnapshotException(uri + ": " + e.getMessage(), e);
    }
    etag = response.headers().firstValue("ETag").orElse(null);
    return Optional.of(flags);
  }

  @Override
  public String describe() {
    return uri.toString();
  }
}
