package dev.tollgate.flags.openfeature;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.openfeature.sdk.MutableContext;
import dev.tollgate.flags.eval.Crc32;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A JDK HttpServer plays the Flipt server's snapshot endpoint (spec §4 document shape). */
class FliptSnapshotSourceTest {
  static final String DOCUMENT =
      """
      {"namespace":{"key":"shop"},
       "flags":[
        {"key":"foo","name":"foo","type":"VARIANT_FLAG_TYPE","enabled":true,"rollouts":[],
         "defaultVariant":{"id":"x","key":"bar"},
         "rules":[{"segmentOperator":"OR_SEGMENT_OPERATOR",
                   "segments":[{"key":"s","matchType":"ALL_SEGMENT_MATCH_TYPE",
                     "constraints":[{"type":"STRING_CONSTRAINT_COMPARISON_TYPE","property":"p","operator":"eq","value":"v"}]}],
                   "distributions":[{"variantKey":"boz","rollout":50,"variantAttachment":"{\\"n\\":1}"},
                                    {"variantKey":"booz","rollout":50}]}]},
        {"key":"test-flag","name":"t","type":"BOOLEAN_FLAG_TYPE","enabled":true,"rules":[],
         "rollouts":[{"threshold":{"percentage":70,"value":false}}]}]}
      """;

  HttpServer server;
  final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
  final AtomicReference<String> body = new AtomicReference<>(DOCUMENT);

  @BeforeEach
  void serve() throws IOException {
    server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
    server.createContext(
        "/internal/v1/evaluation/snapshot/namespace/shop",
        exchange -> {
          String tag = "\"" + Integer.toHexString(body.get().hashCode()) + "\"";
          String seen = exchange.getRequestHeaders().getFirst("If-None-Match");
          ifNoneMatch.add(String.valueOf(seen));
          if (tag.equals(seen)) {
            exchange.sendResponseHeaders(304, -1);
          } else {
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("ETag", tag);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(bytes);
            }
          }
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Test
  void evaluatesTheServersSnapshotAndRevalidatesWithEtags() throws Exception {
    TollgateFlagsProvider provider =
        TollgateFlagsProvider.fromFlipt(base(), "shop", Duration.ofSeconds(60));
    provider.start();
    try {
      for (int i = 0; i < 50; i++) {
        String id = "e" + i;
        String expected = Crc32.of("foo", id) % 1000 < 500 ? "boz" : "booz";
        assertThat(
                provider
                    .getStringEvaluation("foo", "?", new MutableContext(id).add("p", "v"))
                    .getValue())
            .isEqualTo(expected);
        boolean threshold = Crc32.of(id, "test-flag") % 100 < 70;
        assertThat(
                provider.getBooleanEvaluation("test-flag", null, new MutableContext(id)).getValue())
            .isEqualTo(threshold ? false : true);
      }
      assertThat(provider.getStringEvaluation("foo", "?", new MutableContext("x")).getValue())
          .isEqualTo("bar");
      provider.refresh();
      assertThat(ifNoneMatch).hasSize(2);
      assertThat(ifNoneMatch.get(0)).isEqualTo("null");
      assertThat(ifNoneMatch.get(1)).startsWith("\"");

      body.set(DOCUMENT.replace("\"percentage\":70", "\"percentage\":0"));
      provider.refresh();
      assertThat(
              provider.getBooleanEvaluation("test-flag", null, new MutableContext("e1")).getValue())
          .isTrue();

      body.set("{\"flags\": 12}");
      provider.refresh();
      assertThat(
              provider.getBooleanEvaluation("test-flag", null, new MutableContext("e1")).getValue())
          .as("a broken snapshot keeps the last good one")
          .isTrue();
    } finally {
      provider.close();
    }
  }
}
