package dev.tollgate.cli.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code analysis run} against a loopback server serving canned Prometheus JSON. */
class AnalysisRunCommandTest {

  private static HttpServer prometheus(String value) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/api/v1/query",
        exchange -> {
          byte[] body =
              ("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":"
                      + "[{\"metric\":{},\"value\":[1,\""
                      + value
                      + "\"]}]}}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    return server;
  }

  private static CliRun run(String url) {
    return CliRun.of(
        "analysis",
        "run",
        "--prometheus",
        url,
        "--template",
        CliRun.fixture("templates/error-rate.yaml"),
        "--arg",
        "service-name=demo-app",
        "--speedup",
        "1200");
  }

  @Test
  void healthyServiceEndsSuccessfulWithExitZero() throws IOException {
    HttpServer server = prometheus("0.002");
    try {
      CliRun run = run("http://127.0.0.1:" + server.getAddress().getPort());
      assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
      assertThat(run.out()).contains("error-rate", "Successful", "[0.002]", "Run Successful");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void failingServiceEndsFailedWithExitOne() throws IOException {
    HttpServer server = prometheus("0.2");
    try {
      CliRun run = run("http://127.0.0.1:" + server.getAddress().getPort());
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).contains("Run Failed");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void connectionRefusedCountsAsErrorMeasurementsAndExitsOne() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    CliRun run = run("http://127.0.0.1:" + port);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("connection refused").contains("Run Error");
  }

  @Test
  void addressWithoutSchemeIsAUsageErrorWithExitTwo() {
    CliRun run = run("127.0.0.1:9090");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("prometheus address is not is url format");
  }
}
