package dev.tollgate.cli.flags;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.cli.TollgateCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code tollgate flags eval --flipper} with the expression gate. */
class FlipperEvalCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path export;
  private StringWriter out;
  private StringWriter err;

  static final String EXPORT =
      """
      {"version": 1, "features": {
        "beta": {"boolean": null, "actors": [], "groups": [], "percentage_of_actors": null,
          "percentage_of_time": null,
          "expression": {"All": [
            {"Equal": [{"Property": ["plan"]}, "pro"]},
            {"GreaterThanOrEqualTo": [{"Number": [{"Property": ["age"]}]}, 18]}]}},
        "typed": {"boolean": null, "actors": [], "groups": [],
          "expression": {"GreaterThan": [{"Property": ["age"]}, 18]}},
        "launch": {"boolean": null, "actors": [], "groups": [],
          "expression": {"GreaterThanOrEqualTo": [{"Now": []}, {"Time": ["2026-03-01T00:00:00Z"]}]}},
        "lottery": {"boolean": null, "actors": [], "groups": [],
          "expression": {"LessThan": [{"Random": [100]}, 10]}},
        "follows-beta": {"boolean": null, "actors": [], "groups": [],
          "expression": {"FeatureEnabled": ["beta"]}},
        "shadowed": {"boolean": "true", "actors": [], "groups": [],
          "expression": {"GreaterThan": ["a", 1]}},
        "broken": {"boolean": null, "actors": [], "groups": [],
          "expression": {"All": [
            {"Equal": [1, 1]},
            {"Equall": [1, 1]}]}}
      }}
      """;

  @BeforeEach
  void writeExport() throws IOException {
    export = dir.resolve("flipper.json");
    Files.writeString(export, EXPORT);
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cli = TollgateCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 4];
    all[0] = "flags";
    all[1] = "eval";
    all[2] = "--flipper";
    all[3] = export.toString();
    System.arraycopy(args, 0, all, 4, args.length);
    return cli.execute(all);
  }

  private JsonNode json() throws IOException {
    return JSON.readTree(out.toString());
  }

  @Test
  void propertiesFromContextOpenTheExpressionGate() throws IOException {
    String[] base = {"--flag", "beta", "--entity", "User;1", "--json"};
    assertThat(run(concat(base, "--context", "plan=pro", "--context", "age=30"))).isEqualTo(0);
    assertThat(json().get("enabled").asBoolean()).isTrue();
    assertThat(json().get("gate").asText()).isEqualTo("expression");
    assertThat(json().at("/expression/value").asBoolean()).isTrue();
    assertThat(run(concat(base, "--context", "plan=pro", "--context", "age=12"))).isEqualTo(0);
    assertThat(json().get("enabled").asBoolean()).isFalse();
    assertThat(json().at("/expression/value").asBoolean()).isFalse();
    assertThat(json().get("gate").isNull()).isTrue();
  }

  @Test
  void aComparisonRubyRaisesOnExitsOneWithTheError() throws IOException {
    assertThat(run("--flag", "typed", "--entity", "User;1", "--context", "age=30", "--json"))
        .isEqualTo(1);
    assertThat(json().get("enabled").isNull()).isTrue();
    assertThat(json().at("/expression/error").asText())
        .contains("comparison of String with 18 failed")
        .contains("features.typed.expression.GreaterThan");
    assertThat(run("--flag", "typed", "--entity", "User;1", "--context", "age=30")).isEqualTo(1);
    assertThat(out.toString()).contains("Flipper raises: comparison of String with 18 failed");
  }

  @Test
  void nowIsPinnedWithTheOption() throws IOException {
    assertThat(run("--flag", "launch", "--now", "2026-02-28T23:59:59Z", "--json")).isEqualTo(0);
    assertThat(json().get("enabled").asBoolean()).isFalse();
    assertThat(json().at("/expression/now").asText()).isEqualTo("2026-02-28T23:59:59Z");
    assertThat(run("--flag", "launch", "--now", "2026-03-01T00:00:00Z", "--json")).isEqualTo(0);
    assertThat(json().get("enabled").asBoolean()).isTrue();
    assertThat(run("--flag", "launch", "--now", "tomorrow")).isEqualTo(2);
    assertThat(err.toString()).contains("--now must be an RFC 3339 time");
  }

  @Test
  void randomIsReportedAsChanceNotRolled() throws IOException {
    assertThat(run("--flag", "lottery", "--entity", "User;1", "--json")).isEqualTo(0);
    assertThat(json().get("enabled").isNull()).isTrue();
    assertThat(json().at("/expression/probabilistic").asBoolean()).isTrue();
    assertThat(json().at("/expression/usesRandom").asBoolean()).isTrue();
    assertThat(run("--flag", "lottery", "--entity", "User;1")).isEqualTo(0);
    assertThat(out.toString()).contains("decided by chance");
  }

  @Test
  void featureEnabledEvaluatesTheOtherFeatureForTheSameActor() throws IOException {
    run(
        "--flag",
        "follows-beta",
        "--entity",
        "User;1",
        "--context",
        "plan=pro",
        "--context",
        "age=40",
        "--json");
    assertThat(json().get("enabled").asBoolean()).isTrue();
    run(
        "--flag",
        "follows-beta",
        "--entity",
        "User;1",
        "--context",
        "plan=free",
        "--context",
        "age=40",
        "--json");
    assertThat(json().get("enabled").asBoolean()).isFalse();
  }

  @Test
  void theBooleanGateOpensBeforeTheExpressionIsEvaluated() throws IOException {
    assertThat(run("--flag", "shadowed", "--entity", "User;1", "--json")).isEqualTo(0);
    assertThat(json().get("gate").asText()).isEqualTo("boolean");
    assertThat(json().at("/expression/evaluated").asBoolean()).isFalse();
  }

  @Test
  void aMalformedExpressionIsAPositionedErrorWithExitTwo() {
    assertThat(run("--flag", "broken", "--entity", "User;1")).isEqualTo(2);
    assertThat(err.toString())
        .contains("flipper.json:20:8")
        .contains("features.broken.expression.All[1].Equall")
        .contains("unknown or unsupported function \"Equall\"")
        .contains("All, Any, Equal")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void propertiesWithoutAnActorAreAUsageError() {
    assertThat(run("--flag", "beta", "--context", "plan=pro")).isEqualTo(2);
    assertThat(err.toString()).contains("given without an actor");
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
