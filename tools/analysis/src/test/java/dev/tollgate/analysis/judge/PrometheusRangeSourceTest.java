package dev.tollgate.analysis.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.tollgate.core.InputException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a tiny in-process Prometheus API on 127.0.0.1 that serves canned JSON. */
class PrometheusRangeSourceTest {
  private HttpServer server;
  private final List<String> queries = new ArrayList<>();
  private volatile String canned = "";
  private volatile int status = 200;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/api/v1/query_range",
        exchange -> {
          queries.add(
              URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8));
          byte[] body = canned.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private PrometheusRangeSource source() {
    return new PrometheusRangeSource(
        URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Duration.ofSeconds(5));
  }

  @Test
  void flattensEverySeriesOfTheMatrix() {
    canned =
        "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":["
            + "{\"metric\":{\"pod\":\"a\"},\"values\":[[1700000000,\"1.5\"],[1700000060,\"NaN\"]]},"
            + "{\"metric\":{\"pod\":\"b\"},\"values\":[[1700000000,\"2\"],[1700000060,\"+Inf\"]]}]}}";
    double[] values = source().rangeQuery("up{job=\"x\"}", "1700000000", "1700000060", "60s");
    assertThat(values).hasSize(4);
    assertThat(values[0]).isEqualTo(1.5);
    assertThat(values[1]).isNaN();
    assertThat(values[3]).isInfinite();
    assertThat(queries)
        .containsExactly("query=up{job=\"x\"}&start=1700000000&end=1700000060&step=60s");
  }

  @Test
  void judgeSubstitutesTheScopeSelectorPerSide() {
    canned =
        "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":["
            + "{\"metric\":{},\"values\":[[1,\"1\"],[2,\"2\"],[3,\"3\"]]}]}}";
    JudgeConfig config = JudgeTestFiles.config();
    Map<String, JudgeFiles.Samples> samples =
        Judge.fetch(
            config, source(), "2026-01-01T00:00:00Z", "2026-01-01T01:00:00Z", "1m", "j.yaml");
    assertThat(samples).hasSize(3);
    assertThat(queries).hasSize(6);
    assertThat(queries.get(0)).contains("sum(rate(http_requests_total{track=\"baseline\"}[1m]))");
    assertThat(queries.get(1)).contains("sum(rate(http_requests_total{track=\"canary\"}[1m]))");
    assertThat(Judge.judge(config, samples).verdict()).isEqualTo(JudgeResult.Verdict.Pass);
  }

  @Test
  void prometheusErrorsBecomeInputErrors() {
    status = 400;
    canned =
        "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"parse error at char 4\"}";
    assertThatThrownBy(() -> source().rangeQuery("sum(", "1", "2", "1s"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("Prometheus rejected query sum(: bad_data: parse error at char 4");
  }

  @Test
  void unreachableServerIsAnInputError() {
    PrometheusRangeSource closed =
        new PrometheusRangeSource(URI.create("http://127.0.0.1:1"), Duration.ofSeconds(2));
    assertThatThrownBy(() -> closed.rangeQuery("up", "1", "2", "1s"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("cannot query Prometheus at http://127.0.0.1:1");
  }
}
