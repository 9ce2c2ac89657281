package dev.tollgate.cli.flags;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.cli.TollgateCommand;
import dev.tollgate.flags.eval.Crc32;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FlagsCommandTest {
  @TempDir Path repo;
  private Path flags;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  static final String FEATURES =
      """
      version: "1.4"
      namespace: shop
      flags:
        - key: new-checkout
          name: New checkout
          enabled: true
          metadata: {owner: team-a, type: release, created: "2026-11-01", sunset: "2026-12-01"}
          variants:
            - {key: control, default: true}
            - {key: treatment}
          rules:
            - segment: eu
              distributions: [{variant: control, rollout: 70}, {variant: treatment, rollout: 30}]
        - key: dark-mode
          name: Dark mode
          type: BOOLEAN_FLAG_TYPE
          metadata: {owner: team-a, type: ops, created: "2026-11-01", sunset: "2026-11-20"}
          rollouts:
            - threshold: {percentage: 25, value: true}
      segments:
        - key: eu
          name: EU
          match_type: ALL_MATCH_TYPE
          constraints:
            - {type: STRING_COMPARISON_TYPE, property: region, operator: eq, value: eu}
      """;

  @BeforeEach
  void writeFlags() throws IOException {
    flags = repo.resolve("flags");
    write("flags/shop/features.yaml", FEATURES);
    write("flags/owners.yaml", "teams: [team-a]\n");
  }

  private void write(String path, String text) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private int run(String... args) {
    CommandLine cli = TollgateCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void validateAcceptsAGoodDirectory() {
    assertThat(run("flags", "validate", flags.toString())).isEqualTo(0);
    assertThat(out.toString()).contains("1 flag file(s): 0 error(s), 0 warning(s)");
  }

  @Test
  void validateReportsPositionedErrorsWithHintsAndExitsOne() throws IOException {
    write("flags/shop/features.yaml", FEATURES.replace("variant: treatment", "variant: treatmnt"));
    assertThat(run("flags", "validate", flags.toString())).isEqualTo(1);
    assertThat(out.toString())
        .contains(
            "shop/features.yaml:13:58: error: flag shop/new-checkout rule 1 references"
                + " unknown variant \"treatmnt\" [flag-unknown-variant]")
        .contains("  hint: Use one of the flag's variants");
  }

  @Test
  void validateOfAMissingDirectoryIsAnInputError() {
    assertThat(run("flags", "validate", repo.resolve("nope").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("does not exist [flag-no-directory]").contains("hint:");
  }

  @Test
  void evalPrintsTheFliptAnswerAsJson() throws IOException {
    String entity = "user-42";
    long bucket = Crc32.of("new-checkout", entity) % 1000;
    assertThat(
            run(
                "flags",
                "eval",
                "--dir",
                flags.toString(),
                "--namespace",
                "shop",
                "--flag",
                "new-checkout",
                "--entity",
                entity,
                "--context",
                "region=eu",
                "--json"))
        .isEqualTo(0);
    JsonNode answer = new ObjectMapper().readTree(out.toString());
    assertThat(answer.get("variant").asText()).isEqualTo(bucket < 700 ? "control" : "treatment");
    assertThat(answer.get("type").asText()).isEqualTo("VARIANT");
    assertThat(answer.get("reason").asText()).isEqualTo("MATCH");
    assertThat(answer.get("match").asBoolean()).isTrue();
    assertThat(answer.get("enabled").isNull()).isTrue();
    assertThat(answer.get("segments").get(0).asText()).isEqualTo("eu");
    assertThat(answer.get("namespace").asText()).isEqualTo("shop");
    assertThat(answer.get("entity").asText()).isEqualTo(entity);
  }

  @Test
  void evalBatchAnswersOneLinePerRequestAndReportsBadLines() throws IOException {
    write(
        "requests.jsonl",
        """
        {"namespace":"shop","flag":"dark-mode","entity":"a"}
        {"namespace":"shop","flag":"new-checkout","entity":"b","context":{}}
        not json
        {"namespace":"shop","flag":"missing","entity":"b"}
        """);
    int code =
        run(
            "flags",
            "eval",
            "--dir",
            flags.toString(),
            "--batch",
            repo.resolve("requests.jsonl").toString());
    String[] lines = out.toString().split("\\R");
    assertThat(lines).hasSize(4);
    JsonNode first = new ObjectMapper().readTree(lines[0]);
    assertThat(first.get("enabled").asBoolean()).isEqualTo(Crc32.of("a", "dark-mode") % 100 < 25);
    assertThat(new ObjectMapper().readTree(lines[1]).get("reason").asText()).isEqualTo("DEFAULT");
    assertThat(lines[2]).contains("\"error\"").contains("requests.jsonl:3");
    assertThat(lines[3]).contains("shop/missing not found");
    assertThat(code).isEqualTo(1);
  }

  @Test
  void evalOfAnUnknownFlagIsAnInputError() {
    assertThat(
            run(
                "flags",
                "eval",
                "--dir",
                flags.toString(),
                "--namespace",
                "shop",
                "--flag",
                "nope",
                "--entity",
                "x"))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains("error: flag shop/nope not found [flag-not-found]")
        .contains("hint:")
        .doesNotContain("Exception");
  }

  @Test
  void malformedFlagFilesGiveAPositionedErrorNotAStackTrace() throws IOException {
    write("flags/shop/features.yaml", "flags:\n  - key: [oops\n");
    assertThat(run("flags", "eval", "--dir", flags.toString(), "--flag", "x", "--entity", "y"))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains("shop/features.yaml:")
        .contains("[yaml-syntax]")
        .doesNotContain("\tat ");
  }

  @Test
  void exposureShowsBucketShares() {
    assertThat(run("flags", "exposure", flags.toString())).isEqualTo(0);
    assertThat(out.toString())
        .contains("shop/new-checkout (VARIANT, enabled)")
        .contains("rule 1 [eu]: control 70%, treatment 30%")
        .contains("rollout 1 [threshold]: true 25%");
  }

  @Test
  void exposureUnderV1ShowsTheGapOfAPartialSplit() throws IOException {
    write("flags/shop/features.yaml", FEATURES.replace("rollout: 30}", "rollout: 20}"));
    assertThat(run("flags", "exposure", "--engine", "v1", flags.toString())).isEqualTo(0);
    assertThat(out.toString()).contains("control 70%, treatment 20%, no variant 10%");
  }

  @Test
  void lintAppliesTheLifecyclePolicyAsOfToday() {
    assertThat(run("flags", "lint", "--root", repo.toString(), "--today", "2026-11-21"))
        .isEqualTo(1);
    assertThat(out.toString())
        .contains(
            "error: flag dark-mode passed its sunset 2026-11-20 (today is 2026-11-21)"
                + " [flag-sunset-passed]")
        .contains("[flag-sunset-soon]");
    out.getBuffer().setLength(0);
    assertThat(
            run(
                "flags",
                "lint",
                "--root",
                repo.toString(),
                "--today",
                "2026-11-02",
                "--source-root",
                "none"))
        .isEqualTo(0);
  }

  @Test
  void flipperExportsAreEvaluatedGateByGate() throws IOException {
    write(
        "flipper.json",
        "{\"version\":1,\"features\":{\"search\":{\"boolean\":null,\"actors\":[\"User;1\"],"
            + "\"groups\":[\"admins\"],\"percentage_of_actors\":\"25\","
            + "\"percentage_of_time\":null,\"expression\":null}}}");
    String file = repo.resolve("flipper.json").toString();
    run("flags", "eval", "--flipper", file, "--flag", "search", "--entity", "User;6", "--json");
    run("flags", "eval", "--flipper", file, "--flag", "search", "--entity", "User;1", "--json");
    run("flags", "eval", "--flipper", file, "--flag", "search", "--entity", "User;2", "--json");
    run(
        "flags",
        "eval",
        "--flipper",
        file,
        "--flag",
        "search",
        "--entity",
        "User;2",
        "--context",
        "groups=admins",
        "--json");
    String[] lines = out.toString().split("\\R", -1);
    assertThat(lines[0]).contains("\"enabled\":true").contains("percentage_of_actors");
    assertThat(lines[1]).contains("\"enabled\":true").contains("\"gate\":\"actor\"");
    boolean user2 = Crc32.of("search", "User;2") % 100_000 < 25_000;
    assertThat(lines[2]).contains("\"enabled\":" + user2);
    assertThat(lines[3]).contains("\"enabled\":true");
  }

  @Test
  void flipperRejectsNonExports() throws IOException {
    write("x.json", "{\"features\":[]}");
    assertThat(run("flags", "eval", "--flipper", repo.resolve("x.json").toString(), "--flag", "a"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("not a Flipper JSON v1 export");
  }
}
