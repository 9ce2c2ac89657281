package dev.tollgate.cli.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RolloutSimulateCommandTest {
  @TempDir Path dir;

  @Test
  void flaggerCanaryGoesToTheFlaggerSimulatorAndRollsBack() throws IOException {
    Path series = dir.resolve("istio.yaml");
    Files.writeString(
        series,
        """
        interval: 15s
        input_series:   # 97% of requests succeed
          - series: 'istio_requests_total{reporter="destination",destination_workload_namespace="prod",destination_workload="web",response_code="200"}'
            values: '0+1455x100'
          - series: 'istio_requests_total{reporter="destination",destination_workload_namespace="prod",destination_workload="web",response_code="500"}'
            values: '0+45x100'
        """);
    CliRun run =
        CliRun.of(
            "rollout",
            "simulate",
            CliRun.fixture("flagger/step-weights-canary.yaml"),
            "--series",
            series.toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("(Flagger)")
        .contains("Rolled back at 2m: request-success-rate 97")
        .contains("(failed checks 2 >= threshold 2)");
  }

  @Test
  void badCanaryAbortsInTheSecondAnalysisWithExitOne() {
    CliRun run =
        CliRun.of(
            "rollout",
            "simulate",
            CliRun.fixture("rollouts/demo-app-rollout.yaml"),
            "--series",
            CliRun.fixture("series/bad-canary.yaml"),
            "--templates",
            CliRun.fixture("templates"));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("step 3  setWeight 30")
        .contains("analysis error-rate: Failed [0.05]")
        .contains(
            "Aborted at step 5 (analysis error-rate, p99-latency) at 14m: error-rate Failed"
                + " (1 failure > failureLimit 0)");
  }

  @Test
  void healthyCanaryIsPromotedWithExitZero() {
    CliRun run =
        CliRun.of(
            "rollout",
            "simulate",
            CliRun.fixture("rollouts/demo-app-rollout.yaml"),
            "--series",
            CliRun.fixture("series/healthy-canary.yaml"),
            "--templates",
            CliRun.fixture("templates/error-rate.yaml"),
            CliRun.fixture("templates/p99-latency.yaml"),
            "--args",
            "service-name=demo-app");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Promoted at 27m");
  }

  @Test
  void missingTemplatesAreAPositionedInputError() {
    CliRun run =
        CliRun.of(
            "rollout",
            "simulate",
            CliRun.fixture("rollouts/demo-app-rollout.yaml"),
            "--series",
            CliRun.fixture("series/bad-canary.yaml"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("demo-app-rollout.yaml:31:17: error: AnalysisTemplate 'error-rate' not found");
  }
}
