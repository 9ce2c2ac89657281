package dev.tollgate.cli.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisTestCommandTest {
  @TempDir Path dir;

  @Test
  void exampleTestsAllPassWithExitZero() {
    CliRun run =
        CliRun.of(
            "analysis",
            "test",
            CliRun.fixture("tests/error-rate.test.yaml"),
            CliRun.fixture("tests/p99-latency.test.yaml"),
            CliRun.fixture("tests/demo-app-rollout.test.yaml"));
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("PASS  five percent errors abort at the first measurement");
    assertThat(run.out()).endsWith("8 passed, 0 failed" + System.lineSeparator());
  }

  @Test
  void verboseAlsoPrintsTheTimelineOfPassingTests() {
    CliRun run = CliRun.of("analysis", "test", "-v", CliRun.fixture("tests/p99-latency.test.yaml"));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).containsPattern("5m\\s+p99-latency\\s+Successful\\s+\\[0\\.099");
  }

  @Test
  void failingTestPrintsExpectedActualAndTimelineAndExitsOne() throws IOException {
    Path file = dir.resolve("t.yaml");
    Files.writeString(
        file,
        "templates: ['"
            + CliRun.fixture("templates/error-rate.yaml").replace("'", "''")
            + "']\n"
            + """
            tests:
              - name: expects the wrong phase
                input_series:
                  - series: 'http_server_requests_seconds_count{app="a",track="canary",status="500"}'
                    values: '0+10x30'
                  - series: 'http_server_requests_seconds_count{app="a",track="canary",status="200"}'
                    values: '0+90x30'
                args: {service-name: a}
                analysis: {templates: [error-rate], start: 3m}
                expect: {phase: Successful}
            """);
    CliRun run = CliRun.of("analysis", "test", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("FAIL  expects the wrong phase")
        .contains("phase: expected Successful, got Failed")
        .contains("timeline:")
        .containsPattern("3m\\s+error-rate\\s+Failed\\s+\\[0\\.0999")
        .contains("0 passed, 1 failed");
  }

  @Test
  void malformedFileIsAPositionedErrorWithExitTwoAndNoStackTrace() throws IOException {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, "tests:\n  - name: x\n    analyze: {}\n");
    CliRun run = CliRun.of("analysis", "test", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(file + ":3:5: error: unknown field \"analyze\" in a test [analysis-test-file]")
        .contains("  hint: Known fields:")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }
}
