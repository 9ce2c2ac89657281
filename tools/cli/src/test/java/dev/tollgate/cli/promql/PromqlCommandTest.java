package dev.tollgate.cli.promql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.cli.TollgateCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PromqlCommandTest {

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cli = TollgateCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Path script(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static final String PASSING =
      """
      load 1m
        up{job="a"} 1 1 stale

      eval instant at 1m up
        up{job="a"} 1

      eval instant at 2m up

      eval range from 0 to 2m step 1m up * 2
        {job="a"} 2 2 _
      """;

  @Test
  void passingScriptExitsZeroWithTheSummaryLine() throws Exception {
    Run r = run("promql", "test", script("ok.test", PASSING).toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).endsWith("3 passed, 0 failed, 0 skipped" + System.lineSeparator());
  }

  @Test
  void failingEvalPrintsExpressionExpectedAndActualAndExitsOne() throws Exception {
    Path p = script("bad.test", "load 1m\n  up 1\n\neval instant at 0m up + 1\n  {} 3\n");
    Run r = run("promql", "test", p.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("FAILED bad.test:4 up + 1")
        .contains("expected 3 for {} but got 2")
        .contains("0 passed, 1 failed, 0 skipped");
  }

  @Test
  void nativeHistogramEvalsAreSkippedWithTheirReason() throws Exception {
    Path p =
        script(
            "nh.test", "load 1m\n  h {{schema:0 sum:1 count:1}}\n\neval instant at 0m h\n  {} 1\n");
    Run r = run("promql", "test", p.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("skipped: native histograms (1)")
        .contains("0 passed, 0 failed, 1 skipped");
  }

  @Test
  void compat2SwitchesToClosedWindows() throws Exception {
    Path p =
        script(
            "w.test", "load 1m\n  x 0+1x10\n\neval instant at 5m count_over_time(x[5m])\n  {} 6\n");
    assertThat(run("promql", "test", "--compat", "2", p.toString()).exit()).isZero();
    assertThat(run("promql", "test", p.toString()).exit()).isEqualTo(1);
  }

  @Test
  void unreadableFileIsAnInputError() {
    Run r = run("promql", "test", dir.resolve("missing.test").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("missing.test: error: cannot read test script")
        .contains("[promql-test-input]");
  }

  @Test
  void badCommandIsReportedWithItsLine() throws Exception {
    Path p = script("syntax.test", "load 1m\n  x 1\n\nevaluate something\n");
    Run r = run("promql", "test", p.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("syntax.test:4: error: invalid evaluation command")
        .contains("hint:");
  }

  @Test
  void evalPrintsTheInstantResult() throws Exception {
    Path series = script("s.txt", "# counters\nreq_total{job=\"a\"} 0+60x10\n");
    Run r =
        run("promql", "eval", "--series", series.toString(), "--at", "5m", "rate(req_total[5m])");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("{job=\"a\"} => 1" + System.lineSeparator());
  }

  @Test
  void evalReportsParseErrorsWithPosition() throws Exception {
    Path series = script("s2.txt", "x 1\n");
    Run r = run("promql", "eval", "--series", series.toString(), "rate(x[5m]");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("<query>:1:11: error: unclosed left parenthesis [promql-parse]");
  }
}
