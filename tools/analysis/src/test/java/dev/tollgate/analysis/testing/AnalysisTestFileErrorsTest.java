package dev.tollgate.analysis.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tollgate.analysis.ExprConditions;
import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken test files are positioned errors; failing tests say what was expected and got. */
class AnalysisTestFileErrorsTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private Path testFile(String body) throws IOException {
    Files.copy(ExampleTestFilesTest.resource("templates/error-rate.yaml"), dir.resolve("er.yaml"));
    return write("t.yaml", "templates: [er.yaml]\ntests:\n" + body);
  }

  private static Diagnostic loadError(Path file) {
    InputException e =
        catchThrowableOfType(
            InputException.class,
            () ->
                new AnalysisTestRunner(ExprConditions::new)
                    .run(AnalysisTestLoader.load(file, "t.yaml")));
    assertThat(e).as("expected an input error").isNotNull();
    return e.diagnostic();
  }

  @Test
  void unknownKeyInATestIsReportedWhereItIsWritten() throws IOException {
    Diagnostic d =
        loadError(
            testFile(
                "  - name: x\n    input_serie: []\n    analysis: {templates: [error-rate]}\n"));
    assertThat(d.message()).isEqualTo("unknown field \"input_serie\" in a test");
    assertThat(d.position().toString()).isEqualTo("t.yaml:4:5");
    assertThat(d.hint()).contains("input_series");
  }

  @Test
  void badValuesNotationPointsAtTheValues() throws IOException {
    Diagnostic d =
        loadError(
            testFile(
                """
                  - name: x
                    input_series:
                      - series: 'up'
                        values: '1 2 x3'
                    args: {service-name: a}
                    analysis: {templates: [error-rate]}
                """));
    assertThat(d.message()).startsWith("bad values \"1 2 x3\"");
    assertThat(d.position().line()).isEqualTo(6);
  }

  @Test
  void templateGlobMatchingNoFileIsAnError() throws IOException {
    Diagnostic d =
        loadError(write("t.yaml", "templates: ['nothing/*.yaml']\ntests: [{name: x}]\n"));
    assertThat(d.message()).startsWith("template pattern \"nothing/*.yaml\" matches no file");
    assertThat(d.position().toString()).isEqualTo("t.yaml:1:13");
  }

  @Test
  void unknownTemplateNameIsNotFound() throws IOException {
    Diagnostic d = loadError(testFile("  - name: x\n    analysis: {templates: [nope]}\n"));
    assertThat(d.message()).isEqualTo("AnalysisTemplate 'nope' not found");
    assertThat(d.hint()).contains("error-rate");
  }

  @Test
  void missingRequiredArgumentIsAnInputErrorNotAMeasurement() throws IOException {
    Diagnostic d = loadError(testFile("  - name: x\n    analysis: {templates: [error-rate]}\n"));
    assertThat(d.message()).startsWith("args.service-name was not resolved");
  }

  @Test
  void unknownPhaseIsRejected() throws IOException {
    Diagnostic d =
        loadError(
            testFile(
                "  - name: x\n    analysis: {templates: [error-rate]}\n    expect: {phase: Passed}\n"));
    assertThat(d.message()).isEqualTo("unknown phase \"Passed\"");
  }

  @Test
  void yamlSyntaxErrorIsPositioned() throws IOException {
    Diagnostic d = loadError(write("t.yaml", "tests: [\n  - name: x\n"));
    assertThat(d.ruleId()).isEqualTo("yaml-syntax");
    assertThat(d.position().line()).isPositive();
  }

  @Test
  void unparsableQueryIsReportedAtTheMetric() throws IOException {
    write(
        "bad.yaml",
        """
        kind: AnalysisTemplate
        metadata: {name: bad}
        spec:
          metrics:
          - name: m
            provider: {prometheus: {address: http://p, query: 'sum(rate(x[5m])'}}
        """);
    Diagnostic d =
        loadError(
            write(
                "t.yaml",
                "templates: [bad.yaml]\ntests:\n  - name: x\n    analysis: {templates: [bad]}\n"));
    assertThat(d.message()).startsWith("metric \"m\": query does not parse:");
    assertThat(d.position().toString()).isEqualTo("bad.yaml:5:5");
  }

  @Test
  void failingTestReportsExpectedAndActualWithTheTimeline() throws IOException {
    Path file =
        testFile(
            """
              - name: wrong expectation
                input_series:
                  - series: 'http_server_requests_seconds_count{app="a",track="canary",status="200"}'
                    values: '0+60x30'
                args: {service-name: a}
                analysis: {templates: [error-rate], start: 2m}
                expect:
                  phase: Failed
                  metrics:
                    error-rate: {measurements: [Failed]}
            """);
    List<TestOutcome> outcomes =
        new AnalysisTestRunner(ExprConditions::new).run(AnalysisTestLoader.load(file, "t.yaml"));
    TestOutcome outcome = outcomes.get(0);
    assertThat(outcome.passed()).isFalse();
    assertThat(outcome.failures())
        .containsExactly(
            "phase: expected Failed, got Successful",
            "metric error-rate measurements: expected [Failed], got [Successful, Successful,"
                + " Successful, Successful, Successful]");
    assertThat(outcome.timeline()).hasSize(5);
    assertThat(outcome.timeline().get(0)).contains("2m", "error-rate", "Successful", "[0]");
  }
}
