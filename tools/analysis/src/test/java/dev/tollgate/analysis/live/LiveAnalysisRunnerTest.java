package dev.tollgate.analysis.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.analysis.AnalysisPhase;
import dev.tollgate.analysis.AnalysisRun;
import dev.tollgate.analysis.ExprConditions;
import dev.tollgate.analysis.GoDuration;
import dev.tollgate.analysis.Measurement;
import dev.tollgate.analysis.Metric;
import dev.tollgate.analysis.PrometheusQuery;
import dev.tollgate.analysis.provider.PrometheusHttpProvider;
import dev.tollgate.core.Position;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The live runner on the wall clock, sped up, against a loopback Prometheus. */
class LiveAnalysisRunnerTest {

  private static Metric metric(String interval, int count) {
    return new Metric(
        "error-rate",
        GoDuration.parseMillis(interval),
        0,
        count,
        1,
        0,
        4,
        0,
        "result[0] < 0.01",
        null,
        new PrometheusQuery("", "q", 5, Map.of()),
        false,
        10,
        Position.ofFile("t.yaml"));
  }

  @Test
  void measuresOnTheTemplateScheduleAndEndsFailedOnTheSecondFailure() throws Exception {
    try (FakePrometheus prom =
        new FakePrometheus(
            FakePrometheus.vector("0.001"),
            FakePrometheus.vector("0.05"),
            FakePrometheus.vector("0.07"))) {
      StringWriter text = new StringWriter();
      AnalysisRun run =
          new LiveAnalysisRunner(
                  new PrometheusHttpProvider(prom.url()),
                  new ExprConditions(),
                  600, // 1m interval takes 100 ms
                  null,
                  new PrintWriter(text))
              .run(List.of(metric("1m", 5)));
      assertThat(run.phase()).isEqualTo(AnalysisPhase.FAILED);
      assertThat(run.results().get("error-rate").measurements().stream().map(Measurement::phase))
          .containsExactly(AnalysisPhase.SUCCESSFUL, AnalysisPhase.FAILED, AnalysisPhase.FAILED);
      assertThat(text.toString())
          .contains("error-rate", "[0.05]")
          .contains(
              "Run Failed: Metric \"error-rate\" assessed Failed due to failed (2) >"
                  + " failureLimit (1)");
    }
  }

  @Test
  void unreachableServerGivesErrorMeasurementsRetriedUntilTheRunErrors() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    StringWriter text = new StringWriter();
    AnalysisRun run =
        new LiveAnalysisRunner(
                new PrometheusHttpProvider("http://127.0.0.1:" + port),
                new ExprConditions(),
                1000, // 10 s error retries take 10 ms
                null,
                new PrintWriter(text))
            .run(List.of(metric("1m", 5)));
    assertThat(run.phase()).isEqualTo(AnalysisPhase.ERROR);
    assertThat(run.results().get("error-rate").measurements())
        .hasSize(5)
        .allMatch(m -> m.phase() == AnalysisPhase.ERROR)
        .allMatch(m -> m.message().contains("connection refused"));
    assertThat(run.results().get("error-rate").measurements().get(4).timeMillis())
        .isEqualTo(40_000);
  }
}
