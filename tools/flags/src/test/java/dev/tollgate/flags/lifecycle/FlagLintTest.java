package dev.tollgate.flags.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Severity;
import dev.tollgate.flags.FlagLint;
import dev.tollgate.flags.FlagPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlagLintTest {
  @TempDir Path repo;

  private static final LocalDate TODAY = LocalDate.parse("2026-11-21");

  @BeforeEach
  void ownersAndSource() throws IOException {
    write("flags/owners.yaml", "teams:\n  - name: team-a\n  - team-b\n");
    write(
        "demo-app/src/main/java/App.java",
        """
        class App {
          static final String FLAG = "release-x";
          void run() { client.getBooleanValue("ghost-flag", false); }
          String s = "kill"; String t = "exp"; String u = "ops-1"; String v = "dead";
        }
        """);
  }

  private void write(String path, String text) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private List<Diagnostic> lint(String flags) throws IOException {
    write("flags/default/features.yaml", flags);
    return FlagLint.check(repo, FlagPolicy.defaults().withToday(TODAY));
  }

  private static String flag(String key, String metadata) {
    return "  - key: "
        + key
        + "\n    name: X\n    type: BOOLEAN_FLAG_TYPE\n    metadata:\n"
        + metadata
        + "    rollouts:\n      - threshold: {percentage: 50, value: true}\n";
  }

  private static List<String> ids(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::ruleId).toList();
  }

  @Test
  void aCompliantReleaseFlagHasNoLifecycleFindings() throws IOException {
    List<Diagnostic> found =
        lint(
            "flags:\n"
                + flag(
                    "release-x",
                    """
                          owner: team-a
                          type: release
                          created: "2026-11-01"
                          sunset: "2027-01-15"
                    """));
    assertThat(ids(found)).containsExactly("flag-undefined-reference");
    assertThat(found.get(0).render())
        .startsWith(
            "demo-app/src/main/java/App.java:3:39: error: source references flag"
                + " \"ghost-flag\"");
  }

  @Test
  void missingAndUnknownOwnersAreErrorsAtTheirPositions() throws IOException {
    List<Diagnostic> found =
        lint(
            "flags:\n"
                + flag(
                    "release-x",
                    """
                          type: release
                          created: "2026-11-01"
                          sunset: "2027-01-15"
                    """)
                + flag(
                    "exp",
                    """
                          owner: team-z
                          type: experiment
                          created: "2026-11-01"
                          sunset: "2026-12-15"
                    """));
    Diagnostic missing = byId(found, "flag-missing-owner");
    assertThat(missing.position().line()).isEqualTo(2);
    assertThat(missing.hint()).contains("owners.yaml");
    Diagnostic unknown = byId(found, "flag-unknown-owner");
    assertThat(unknown.position().line()).isEqualTo(15);
    assertThat(unknown.hint()).contains("team-a, team-b");
  }

  @Test
  void datesAreCheckedAgainstTodayAndTheTypesLifetime() throws IOException {
    List<Diagnostic> found =
        lint(
            "flags:\n"
                + flag(
                    "release-x",
                    """
                          owner: team-a
                          type: release
                          created: "2026-08-01"
                          sunset: "2026-11-20"
                    """)
                + flag(
                    "exp",
                    """
                          owner: team-a
                          type: experiment
                          created: "2026-11-01"
                          sunset: "2027-03-01"
                    """)
                + flag(
                    "ops-1",
                    """
                          owner: team-a
                          type: ops
                          created: "2026-11-10"
                          sunset: "2026-11-30"
                    """)
                + flag(
                    "dead",
                    """
                          owner: team-a
                          type: ops
                          created: 2026-11-10
                          sunset: "soon"
                    """));
    Diagnostic passed = byId(found, "flag-sunset-passed");
    assertThat(passed.render())
        .contains(
            "features.yaml:9:15: error: flag release-x passed its"
                + " sunset 2026-11-20 (today is 2026-11-21)");
    Diagnostic tooFar =
        found.stream()
            .filter(d -> d.ruleId().equals("flag-sunset-too-far"))
            .filter(d -> d.message().contains("flag exp "))
            .findFirst()
            .orElseThrow();
    assertThat(tooFar.message()).contains("120 days").contains("at most 60 days");
    assertThat(tooFar.hint()).contains("2026-12-31");
    Diagnostic soon = byId(found, "flag-sunset-soon");
    assertThat(soon.severity()).isEqualTo(Severity.WARNING);
    assertThat(soon.message()).contains("in 9 days");
    assertThat(byId(found, "flag-bad-date").message()).contains("\"soon\"");
  }

  @Test
  void theSameFlagsPassWhenTodayIsPinnedEarlier() throws IOException {
    write(
        "flags/default/features.yaml",
        "flags:\n"
            + flag(
                "release-x",
                """
                      owner: team-a
                      type: release
                      created: "2026-08-01"
                      sunset: "2026-10-20"
                """));
    assertThat(ids(FlagLint.check(repo, FlagPolicy.defaults().withToday(TODAY))))
        .contains("flag-sunset-passed");
    assertThat(
            ids(
                FlagLint.check(
                    repo, FlagPolicy.defaults().withToday(LocalDate.parse("2026-09-01")))))
        .doesNotContain("flag-sunset-passed");
  }

  @Test
  void permanentKillSwitchesNeedAReasonAndOthersCannotBePermanent() throws IOException {
    List<Diagnostic> found =
        lint(
            "flags:\n"
                + flag(
                    "kill",
                    """
                          owner: team-a
                          type: kill-switch
                          created: "2026-11-01"
                          permanent: "true"
                    """)
                + flag(
                    "release-x",
                    """
                          owner: team-a
                          type: release
                          created: "2026-11-01"
                          permanent: true
                          reason: because
                    """));
    assertThat(byId(found, "flag-permanent-reason").message()).contains("kill");

    assertThat(byId(found, "flag-permanent-type").message()).contains("release-x");
    assertThat(ids(found)).contains("flag-missing-date");
  }

  @Test
  void constantOutcomesAndUnreferencedFlagsAreWarnings() throws IOException {
    List<Diagnostic> found =
        lint(
            "flags:\n"
                + "  - key: dead\n    name: D\n    type: BOOLEAN_FLAG_TYPE\n    enabled: true\n"
                + "    metadata: {owner: team-a, type: ops, created: \"2026-11-10\", sunset: \"2026-12-09\"}\n"
                + "  - key: nobody-uses\n    name: N\n    type: BOOLEAN_FLAG_TYPE\n"
                + "    metadata: {owner: team-a, type: ops, created: \"2026-11-10\", sunset: \"2026-12-09\"}\n"
                + "    rollouts:\n      - threshold: {percentage: 100, value: true}\n"
                + "  - key: kill\n    name: K\n    type: BOOLEAN_FLAG_TYPE\n"
                + "    metadata: {owner: team-a, type: kill-switch, created: \"2026-11-10\","
                + " permanent: \"true\", reason: stops pricing}\n");
    List<Diagnostic> constant =
        found.stream().filter(d -> d.ruleId().equals("flag-constant-outcome")).toList();
    assertThat(constant)
        .extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("dead") && m.contains("no rollouts"))
        .anyMatch(m -> m.contains("nobody-uses") && m.contains("100% threshold"));
    assertThat(constant.get(0).hint()).contains("dead branch");
    assertThat(constant)
        .as("a kill switch is constant by design")
        .noneMatch(d -> d.message().contains("flag kill "));
    assertThat(byId(found, "flag-unreferenced").message()).contains("nobody-uses");
  }

  @Test
  void missingOwnersFileIsReported() throws IOException {
    Files.delete(repo.resolve("flags/owners.yaml"));
    List<Diagnostic> found = lint("flags: []\n");
    assertThat(byId(found, "flag-owners-file").position().path()).isEqualTo("flags/owners.yaml");
  }

  private static Diagnostic byId(List<Diagnostic> found, String id) {
    return found.stream()
        .filter(d -> d.ruleId().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + found));
  }
}
