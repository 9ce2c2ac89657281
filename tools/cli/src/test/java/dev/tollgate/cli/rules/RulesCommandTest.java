package dev.tollgate.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.cli.TollgateCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RulesCommandTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = TollgateCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @BeforeEach
  void writeRules() throws Exception {
    Files.writeString(
        dir.resolve("rules.yml"),
        """
        groups:
          - name: g
            rules:
              - record: job:up:sum
                expr: sum by (job) (up)
              - alert: Down
                expr: up == 0
                for: 1m
                annotations:
                  summary: '{{ $labels.instance }} down'
              - alert: Unused
                expr: vector(1)
        """);
  }

  private Path testFile(String name, String expected) throws Exception {
    return Files.writeString(
        dir.resolve(name),
        """
        rule_files: [rules.yml]
        tests:
          - name: down
            interval: 1m
            input_series:
              - series: 'up{job="a", instance="x"}'
                values: '0x5'
            alert_rule_test:
              - eval_time: 2m
                alertname: Down
                exp_alerts:
                  - exp_labels: {job: a, instance: x}
                    exp_annotations: {summary: '%s down'}
        """
            .formatted(expected));
  }

  @Test
  void passingFileExitsZeroWithPromtoolOutput() throws Exception {
    Path file = testFile("pass.yml", "x");
    assertThat(run("rules", "test", "--compat", "2", file.toString())).isZero();
    assertThat(out.toString()).isEqualTo("Unit Testing:  " + file + "\n  SUCCESS\n\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void failingFileExitsOneWithReadableDiffOnStderr() throws Exception {
    Path file = testFile("fail.yml", "y");
    assertThat(run("rules", "test", file.toString())).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("  FAILED:\n    name: down,\n    alertname: Down, time: 2m, \n        exp:[")
        .contains("Annotations:{summary=\"y down\"}")
        .contains("Annotations:{summary=\"x down\"}");
  }

  @Test
  void diffOptionListsTheDifferingAlertsAfterTheFailure() throws Exception {
    Path file = testFile("fail.yml", "y");
    assertThat(run("rules", "test", "--diff", file.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains("        diff (- expected only, + got only):\n")
        .contains(
            "        - Labels:{alertname=\"Down\", instance=\"x\", job=\"a\"}"
                + " Annotations:{summary=\"y down\"}\n")
        .contains(
            "        + Labels:{alertname=\"Down\", instance=\"x\", job=\"a\"}"
                + " Annotations:{summary=\"x down\"}\n");
  }

  @Test
  void malformedFileExitsTwoWithPositionedError() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("bad.yml"), "rule_files: [rules.yml]\ntests:\n  - intervall: 1m\n");
    assertThat(run("rules", "test", file.toString())).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            file + ":3:5: error: field intervall not found in type main.testGroup [rules-format]")
        .contains("  hint: ")
        .doesNotContain("Exception");
  }

  @Test
  void missingFileAndBadCompatAreUsageErrors() {
    assertThat(run("rules", "test", dir.resolve("nope.yml").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("does not exist");
    assertThat(run("rules", "test", "--compat", "4", dir.resolve("rules.yml").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--compat must be 2 or 3");
  }

  @Test
  void writesJunitAndReportsUntestedRules() throws Exception {
    Path file = testFile("pass.yml", "x");
    Path junit = dir.resolve("junit.xml");
    assertThat(run("rules", "test", "--coverage", "--junit", junit.toString(), file.toString()))
        .isZero();
    assertThat(out.toString())
        .contains("Rule coverage:")
        .contains("1 of 3 rules tested")
        .contains("not tested: record job:up:sum (group g, ")
        .contains("not tested: alert Unused (group g, ");
    assertThat(Files.readString(junit))
        .contains("<testsuite name=\"" + file + "\" tests=\"1\" failures=\"0\"")
        .contains("<testcase name=\"down\"");
  }

  @Test
  void runFilterSkipsOtherGroups() throws Exception {
    Path file = testFile("fail.yml", "y");
    assertThat(run("rules", "test", "--run", "^other$", file.toString())).isZero();
  }

  @Test
  void checkReportsPositionedErrorsAndExitsOne() throws Exception {
    Path bad =
        Files.writeString(
            dir.resolve("bad-rules.yml"),
            "groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: rate(x[5m]\n");
    assertThat(run("rules", "check", dir.resolve("rules.yml").toString(), bad.toString()))
        .isEqualTo(1);
    assertThat(out.toString())
        .contains("Checking " + dir.resolve("rules.yml") + "\n  SUCCESS: 3 rules found")
        .contains(
            bad
                + ":5:25: error: group \"g\", rule 1, \"A\": could not parse expression: 1:11: parse"
                + " error: unclosed left parenthesis [promql-syntax]");
  }

  @Test
  void checkReadsPrometheusRuleSpecsAndSkipsOtherObjects() throws Exception {
    Path manifest =
        Files.writeString(
            dir.resolve("manifest.yaml"),
            """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: x}
            ---
            apiVersion: monitoring.coreos.com/v1
            kind: PrometheusRule
            metadata: {name: y}
            spec:
              groups:
                - name: g
                  rules:
                    - alert: A
                      expr: up == 0
                      for: 5
            """);
    assertThat(run("rules", "check", manifest.toString())).isEqualTo(1);
    assertThat(out.toString())
        .contains(
            manifest + ":14:16: error: for: not a valid duration string: \"5\" [rules-duration]")
        .doesNotContain("ConfigMap");
  }

  @Test
  void checkOfUnreadableYamlExitsTwo() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.yml"), "groups: [\n");
    assertThat(run("rules", "check", broken.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(broken + ":").contains("[yaml-syntax]");
  }
}
