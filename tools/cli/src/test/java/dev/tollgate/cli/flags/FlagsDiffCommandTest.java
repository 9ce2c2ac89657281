package dev.tollgate.cli.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.cli.TollgateCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FlagsDiffCommandTest {
  @TempDir Path repo;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static final String BASE =
      """
      flags:
        - key: new-checkout
          name: New checkout
          enabled: true
          metadata: {owner: team-a, sunset: "2027-01-01"}
          variants: [{key: control, default: true}, {key: treatment}]
          rules:
            - segment: everyone
              distributions: [{variant: control, rollout: 90}, {variant: treatment, rollout: 10}]
        - key: old-banner
          name: Old banner
          type: BOOLEAN_FLAG_TYPE
          rollouts:
            - threshold: {percentage: 40, value: true}
      segments:
        - {key: everyone, name: Everyone, match_type: ALL_MATCH_TYPE}
      """;

  private void git(String... args) throws Exception {
    String[] command = new String[args.length + 3];
    command[0] = "git";
    command[1] = "-C";
    command[2] = repo.toString();
    System.arraycopy(args, 0, command, 3, args.length);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isEqualTo(0);
  }

  private static boolean gitAvailable() {
    try {
      return new ProcessBuilder("git", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @BeforeEach
  void commitBase() throws Exception {
    boolean required = "1".equals(System.getenv("TOLLGATE_REQUIRE_TOOLS"));
    assumeTrue(required || gitAvailable(), "git is not installed; skipping the git-based diff");
    Files.createDirectories(repo.resolve("flags/shop"));
    Files.writeString(repo.resolve("flags/shop/features.yaml"), BASE);
    git("init", "-q");
    git("-c", "user.email=t@t", "-c", "user.name=t", "add", ".");
    git("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-q", "-m", "base");
    Files.writeString(
        repo.resolve("flags/shop/features.yaml"),
        BASE.replace("rollout: 90}", "rollout: 70}")
            .replace("rollout: 10}", "rollout: 30}")
            .replace("2027-01-01", "2027-02-01")
            .replace("old-banner", "new-banner"));
  }

  private int run(String... args) {
    CommandLine cli = TollgateCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void markdownShowsExposureRenamesAndLifecycleChanges() {
    assertThat(run("flags", "diff", "--root", repo.toString(), "--base", "HEAD")).isEqualTo(0);
    assertThat(out.toString())
        .contains("### Flag changes: `HEAD` → `working tree`")
        .contains(
            "**`shop/new-checkout`** exposure: control 90% → 70% of all users; treatment"
                + " 10% → 30% of all users; +20% newly exposed")
        .contains("**`shop/new-checkout`** lifecycle: sunset 2027-01-01 → 2027-02-01")
        .contains("**`shop/new-banner`** renamed: from `old-banner`");
  }

  @Test
  void jsonListsTheSameChanges() throws Exception {
    git("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-q", "-am", "head");
    assertThat(
            run(
                "flags",
                "diff",
                "--root",
                repo.toString(),
                "--base",
                "HEAD~1",
                "--head",
                "HEAD",
                "--format",
                "json"))
        .isEqualTo(0);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("head").asText()).isEqualTo("HEAD");
    assertThat(json.get("changes"))
        .extracting(n -> n.get("kind").asText())
        .contains("exposure", "lifecycle", "renamed");
  }

  @Test
  void unknownRevisionsAreInputErrors() {
    assertThat(run("flags", "diff", "--root", repo.toString(), "--base", "no-such-rev"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("[git]").contains("hint:");
  }
}
