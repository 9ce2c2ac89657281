package dev.tollgate.analysis.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.analysis.Metric;
import dev.tollgate.analysis.PrometheusQuery;
import dev.tollgate.analysis.ProviderException;
import dev.tollgate.analysis.QueryResult;
import dev.tollgate.analysis.provider.PrometheusHttpProvider;
import dev.tollgate.core.Position;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Prometheus HTTP API shapes to Argo's result (spec §3.1), over a loopback server. */
class PrometheusHttpProviderTest {

  static Metric metric(String query) {
    return new Metric(
        "m",
        null,
        0,
        null,
        null,
        0,
        4,
        0,
        "result[0] < 1",
        null,
        new PrometheusQuery("", query, 5, Map.of("X-Scope-OrgID", "t1")),
        false,
        10,
        Position.ofFile("t.yaml"));
  }

  @Test
  void vectorBecomesListOfValuesWithLabelsDroppedAndQueryIsSentEncoded() throws Exception {
    try (FakePrometheus prom = new FakePrometheus(FakePrometheus.vector("0.5", "NaN", "+Inf"))) {
      QueryResult r =
          new PrometheusHttpProvider(prom.url()).query(metric("sum(rate(x{a=\"b\"}[5m]))"), 0);
      assertThat(r.result()).isEqualTo(List.of(0.5, Double.NaN, Double.POSITIVE_INFINITY));
      assertThat(r.value()).isEqualTo("[0.5,NaN,+Inf]");
      assertThat(prom.queries).containsExactly("sum(rate(x{a=\"b\"}[5m]))");
    }
  }

  @Test
  void emptyVectorIsAnEmptyListNotNil() throws Exception {
    QueryResult r =
        PrometheusHttpProvider.parse(
            200, "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}");
    assertThat(r.result()).isEqualTo(List.of());
    assertThat(r.value()).isEqualTo("[]");
  }

  @Test
  void scalarBecomesAFloatFormattedLikeGo() throws Exception {
    QueryResult r =
        PrometheusHttpProvider.parse(
            200,
            "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\","
                + "\"result\":[1700000000,\"10\"]}}");
    assertThat(r.result()).isEqualTo(10.0);
    assertThat(r.value()).isEqualTo("10");
  }

  @Test
  void matrixIsFlattenedSeriesBySeries() throws Exception {
    QueryResult r =
        PrometheusHttpProvider.parse(
            200,
            "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":["
                + "{\"metric\":{\"a\":\"1\"},\"values\":[[1,\"1\"],[2,\"2\"]]},"
                + "{\"metric\":{\"a\":\"2\"},\"values\":[[1,\"3\"]]}]}}");
    assertThat(r.result()).isEqualTo(List.of(1.0, 2.0, 3.0));
    assertThat(r.value()).isEqualTo("[1,2,3]");
  }

  @Test
  void stringResultIsNotSupported() {
    assertThatThrownBy(
            () ->
                PrometheusHttpProvider.parse(
                    200,
                    "{\"status\":\"success\",\"data\":{\"resultType\":\"string\","
                        + "\"result\":[1,\"x\"]}}"))
        .isInstanceOf(ProviderException.class)
        .hasMessageStartingWith("Prometheus metric type not supported");
  }

  @Test
  void errorResponseCarriesPrometheusErrorTypeAndMessage() throws Exception {
    try (FakePrometheus prom =
        new FakePrometheus(
            "{\"status\":\"error\",\"errorType\":\"bad_data\","
                + "\"error\":\"1:5: parse error: unexpected end of input\"}")) {
      prom.status = 400;
      assertThatThrownBy(() -> new PrometheusHttpProvider(prom.url()).query(metric("sum("), 0))
          .isInstanceOf(ProviderException.class)
          .hasMessage("bad_data: 1:5: parse error: unexpected end of input");
    }
  }

  @Test
  void connectionRefusedIsAProviderError() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    assertThatThrownBy(
            () -> new PrometheusHttpProvider("http://127.0.0.1:" + port).query(metric("up"), 0))
        .isInstanceOf(ProviderException.class)
        .hasMessageContaining("connection refused");
  }
}
