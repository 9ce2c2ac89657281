package dev.tollgate.analysis.live;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A loopback HTTP server answering {@code /api/v1/query} with canned Prometheus JSON bodies, in
 * order (the last one repeats), and recording each query it was sent.
 */
final class FakePrometheus implements AutoCloseable {
  private final HttpServer server;
  private final Deque<String> bodies = new ArrayDeque<>();
  final List<String> queries = new ArrayList<>();
  volatile int status = 200;

  FakePrometheus(String... bodies) throws IOException {
    this.bodies.addAll(List.of(bodies));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/api/v1/query",
        exchange -> {
          String raw = exchange.getRequestURI().getRawQuery();
          for (String part : raw.split("&", -1)) {
            if (part.startsWith("query=")) {
              synchronized (queries) {
                queries.add(URLDecoder.decode(part.substring(6), StandardCharsets.UTF_8));
              }
            }
          }
          String body;
          synchronized (this.bodies) {
            body = this.bodies.size() == 1 ? this.bodies.peek() : this.bodies.poll();
          }
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  static String vector(String... values) {
    StringBuilder result = new StringBuilder();
    for (String v : values) {
      result
          .append(result.length() == 0 ? "" : ",")
          .append("{\"metric\":{\"app\":\"demo\"},\"value\":[1700000000.123,\"")
          .append(v)
          .append("\"]}");
    }
    return "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
        + result
        + "]}}";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
