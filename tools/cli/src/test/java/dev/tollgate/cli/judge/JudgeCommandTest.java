package dev.tollgate.cli.judge;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.tollgate.cli.TollgateCommand;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code tollgate judge} over the judge fixtures of tools/analysis. */
class JudgeCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static String fixture(String name) {
    return Path.of(System.getProperty("tollgate.root", "../.."))
        .resolve("tools/analysis/src/test/resources/judge")
        .resolve(name)
        .toString();
  }

  private int run(String... args) {
    CommandLine cli = TollgateCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void passingCanaryExitsZeroAndPrintsTheScore() {
    int code =
        run("judge", "--config", fixture("judge.yaml"), "--series", fixture("series-pass.yaml"));
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("error-ratio")
        .contains("groups: errors 100.00 (weight 60), latency 100.00 (weight 40)")
        .contains("score: 100.00 (pass >= 95, marginal >= 75): Pass");
  }

  @Test
  void criticalFailureExitsOne() {
    int code =
        run("judge", "--config", fixture("judge.yaml"), "--series", fixture("series-fail.json"));
    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .contains("High (critical)")
        .contains(
            "score: 0.00 (pass >= 95, marginal >= 75): Fail (critical metric error-ratio was classified High)");
  }

  @Test
  void marginalExitsFourAndJsonCarriesTheFigures() {
    int code =
        run(
            "judge",
            "--config",
            fixture("judge.yaml"),
            "--series",
            fixture("series-marginal.yaml"),
            "--json");
    assertThat(code).isEqualTo(4);
    assertThat(out.toString())
        .contains("\"verdict\" : \"Marginal\"")
        .contains("\"score\" : 80.0")
        .contains("\"classification\" : \"High\"");
  }

  @Test
  void badConfigIsAPositionedInputError() {
    int code =
        run(
            "judge",
            "--config",
            fixture("bad-config.yaml"),
            "--series",
            fixture("series-pass.yaml"));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("bad-config.yaml:5:20: error: \"direction\" is \"upward\"")
        .contains("[judge-config]")
        .contains("  hint: ")
        .doesNotContain("Exception");
  }

  @Test
  void seriesAndPrometheusAreExclusive() {
    assertThat(run("judge", "--config", fixture("judge.yaml"))).isEqualTo(2);
    assertThat(err.toString()).contains("give exactly one of --series FILE and --prometheus URL");
  }

  @Test
  void liveRunQueriesPrometheusPerScope() throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/api/v1/query_range",
        exchange -> {
          String query = exchange.getRequestURI().getQuery();
          // the canary's error ratio is five times the baseline's; everything else is equal
          boolean canaryErrors =
              query.contains("code=~\"5..\"") && query.contains("track=\"canary\"");
          String values =
              canaryErrors
                  ? "[[1,\"0.050\"],[2,\"0.052\"],[3,\"0.049\"],[4,\"0.051\"],[5,\"0.053\"],[6,\"0.048\"]]"
                  : "[[1,\"0.010\"],[2,\"0.012\"],[3,\"0.011\"],[4,\"0.009\"],[5,\"0.010\"],[6,\"0.013\"]]";
          byte[] body =
              ("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":"
                      + "[{\"metric\":{},\"values\":"
                      + values
                      + "}]}}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    try {
      int code =
          run(
              "judge",
              "--config",
              fixture("judge.yaml"),
              "--prometheus",
              "http://127.0.0.1:" + server.getAddress().getPort(),
              "--start",
              "2026-01-01T00:00:00Z",
              "--end",
              "2026-01-01T00:05:00Z",
              "--step",
              "60s");
      assertThat(code).as(err.toString()).isEqualTo(1);
      assertThat(out.toString()).contains("High (critical)").contains("score: 0.00");
    } finally {
      server.stop(0);
    }
  }
}
