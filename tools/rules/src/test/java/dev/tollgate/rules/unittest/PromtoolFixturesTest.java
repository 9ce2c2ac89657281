package dev.tollgate.rules.unittest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.promql.Compat;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our own promtool-style fixtures (spec §7.2 shapes), each with the outcome Debian's promtool 2.42
 * gave for it (verified by running {@code promtool test rules} on every file).
 */
class PromtoolFixturesTest {

  static Path fixtures() throws URISyntaxException {
    return Path.of(PromtoolFixturesTest.class.getResource("/promtool/rules.yml").toURI())
        .getParent();
  }

  /** File, whether promtool 2.42 passes it, whether it is malformed input rather than a failure. */
  static Stream<Arguments> promtool242Outcomes() {
    return Stream.of(
        Arguments.of("unittest.yml", true, false),
        Arguments.of("at-modifier-test.yml", true, false),
        Arguments.of("negative-offset-test.yml", true, false),
        Arguments.of("long-period.yml", true, false),
        Arguments.of("no-interval.yml", true, false),
        Arguments.of("templates-test.yml", true, false),
        Arguments.of("subquery-step.yml", true, false),
        Arguments.of("template-goldens-test.yml", true, false),
        Arguments.of("template-errors-test.yml", true, false),
        Arguments.of("failing.yml", false, false),
        Arguments.of("rule-state-test.yml", false, false),
        Arguments.of("bad-rules-error-test.yml", false, false),
        Arguments.of("bad-input-series.yml", false, true),
        Arguments.of("bad-promql.yml", false, true),
        Arguments.of("bad-rules-syntax-test.yml", false, true));
  }

  @ParameterizedTest(name = "{0} passes={1} under --compat 2")
  @MethodSource("promtool242Outcomes")
  void passesOrFailsAsPromtool242Does(String file, boolean passes, boolean malformed)
      throws Exception {
    RuleTestRunner.FileResult result = run(file, Compat.V2);
    assertThat(result.passed()).as(String.join("\n", result.errors())).isEqualTo(passes);
    assertThat(result.inputError()).isEqualTo(malformed);
  }

  /**
   * {@code X.stdout} / {@code X.stderr} next to each file are promtool 2.42's own output for it.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"failing.yml", "rule-state-test.yml"})
  void printsPromtoolsExactOutput(String file) throws Exception {
    RuleTestRunner.FileResult result = run(file, Compat.V2);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PromtoolReport.print(result, new PrintWriter(out), new PrintWriter(err));
    String base = file.replace(".yml", "");
    String expectedOut = Files.readString(fixtures().resolve(base + ".stdout"));
    String expectedErr = Files.readString(fixtures().resolve(base + ".stderr"));
    assertThat(out.toString()).isEqualTo(expectedOut);
    assertThat(err.toString()).isEqualTo(expectedErr);
  }

  @Test
  void spacesSamplesByEvaluationIntervalWithoutGroupIntervalUnderCompat3() throws Exception {
    RuleTestRunner.FileResult result = run("no-interval.yml", Compat.V3);
    assertThat(result.passed()).isFalse();
    assertThat(result.errors().get(0)).contains("got: {__name__=\"v\"} 3E+00");
  }

  @Test
  void reportsRuleEvaluationErrorWithGoDurationAndStopsTheGroup() throws Exception {
    RuleTestRunner.FileResult result = run("bad-rules-error-test.yml", Compat.V2);
    assertThat(result.errors())
        .containsExactly(
            "    rule: job:up:value, time: 0s, err: vector contains metrics with the same labelset"
                + " after applying rule labels");
  }

  @Test
  void reportsMalformedTestFileWithPositionNotStackTrace() throws Exception {
    RuleTestRunner.FileResult result = run("bad-promql.yml", Compat.V2);
    assertThat(result.errors()).hasSize(1);
    assertThat(result.errors().get(0))
        .startsWith(
            "bad-promql.yml:8:5: error: field promql_expr_tests not found in type main.testGroup [rules-format]")
        .contains("  hint: ");
  }

  @Test
  void reportsRuleSyntaxErrorAtTheQueryPosition() throws Exception {
    RuleTestRunner.FileResult result = run("bad-rules-syntax-test.yml", Compat.V2);
    assertThat(result.errors().get(0))
        .startsWith(
            "bad-rules-syntax.yml:6:31: error: group \"broken\", rule 1, \"Broken\": could not parse"
                + " expression: 1:17: parse error: unclosed left parenthesis [promql-syntax]");
  }

  @Test
  void reportsBadInputSeriesAtTheValuesText() throws Exception {
    RuleTestRunner.FileResult result = run("bad-input-series.yml", Compat.V2);
    assertThat(result.errors().get(0))
        .startsWith(
            "bad-input-series.yml:7:17: error: input series values: unexpected identifier \"a\" in"
                + " series values, expected number or \"stale\" [rules-input-series]\n  hint: ");
  }

  @Test
  void runsOnlyMatchingGroupsWithRunFilter() throws Exception {
    RuleTestRunner runner =
        new RuleTestRunner(
            new RuleTestRunner.Options(Compat.V2, java.util.regex.Pattern.compile("^unnamed")));
    RuleTestRunner.FileResult result =
        runner.runFile(fixtures().resolve("failing.yml"), "failing.yml");
    assertThat(result.groups())
        .extracting(RuleTestRunner.GroupResult::name)
        .containsExactly("unnamed#1");
    assertThat(result.errors()).hasSize(1);
  }

  @Test
  void coverageNamesRulesNoTestExercised() throws Exception {
    RuleTestRunner.FileResult result = run("failing.yml", Compat.V2);
    assertThat(result.coverage().untested())
        .extracting(r -> r.rule().name())
        .containsExactly(
            "job:http_requests:rate5m",
            "job:http_errors:ratio5m",
            "HighErrorRatio",
            "job:up:count");
  }

  @Test
  void coverageCountsRecordingRulesFeedingTestedAlerts() throws Exception {
    // job:http_errors:ratio5m is queried by no promql test, only read by the tested HighErrorRatio
    RuleTestRunner.FileResult result = run("unittest.yml", Compat.V2);
    assertThat(result.coverage().rules()).hasSize(6);
    assertThat(result.coverage().untested()).isEmpty();
  }

  static RuleTestRunner.FileResult run(String file, Compat compat) throws Exception {
    RuleTestRunner runner = new RuleTestRunner(new RuleTestRunner.Options(compat, null));
    return runner.runFile(fixtures().resolve(file), file);
  }
}
