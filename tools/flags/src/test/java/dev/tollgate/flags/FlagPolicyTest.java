package dev.tollgate.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlagPolicyTest {
  @TempDir Path repo;

  @Test
  void defaultsMatchTheIssue() {
    FlagPolicy p = FlagPolicy.defaults();
    assertThat(p.maxLifetimeDays())
        .containsEntry("release", 90)
        .containsEntry("experiment", 60)
        .containsEntry("ops", 30)
        .doesNotContainKey("kill-switch");
    assertThat(p.sourceRoots()).containsExactly("demo-app/src");
    assertThat(p.warnWindowDays()).isEqualTo(14);
    assertThat(p.today()).isEmpty();
    assertThat(FlagPolicy.fromConfig(repo)).isEqualTo(p);
  }

  @Test
  void tollgateYamlOverridesTodayLifetimesAndRoots() throws IOException {
    Files.writeString(
        repo.resolve(".tollgate.yaml"),
        """
        today: 2026-01-01
        flags:
          maxLifetimeDays: {release: 120}
          sourceRoots: [app/src, lib]
          warnWindowDays: 7
        """);
    FlagPolicy p = FlagPolicy.fromConfig(repo);
    assertThat(p.today()).contains(LocalDate.parse("2026-01-01"));
    assertThat(p.effectiveToday()).isEqualTo(LocalDate.parse("2026-01-01"));
    assertThat(p.maxLifetimeDays()).containsEntry("release", 120).containsEntry("ops", 30);
    assertThat(p.sourceRoots()).containsExactly("app/src", "lib");
    assertThat(p.warnWindowDays()).isEqualTo(7);
  }

  @Test
  void badValuesArePositionedInputErrors() throws IOException {
    Files.writeString(repo.resolve(".tollgate.yaml"), "flags:\n  today: tomorrow\n");
    assertThatThrownBy(() -> FlagPolicy.fromConfig(repo))
        .isInstanceOf(InputException.class)
        .satisfies(
            e ->
                assertThat(((InputException) e).diagnostic().render())
                    .startsWith(".tollgate.yaml:2:10: error: \"today\" must be a date"));
  }

  @Test
  void unknownKeysAndTypesInTheFlagsSectionAreRejected() throws IOException {
    Files.writeString(repo.resolve(".tollgate.yaml"), "flags:\n  sourceRoot: [x]\n");
    assertThatThrownBy(() -> FlagPolicy.fromConfig(repo))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(".tollgate.yaml:2:3: unknown key \"sourceRoot\" in flags");
    Files.writeString(repo.resolve(".tollgate.yaml"), "flags:\n  maxLifetimeDays: {relase: 9}\n");
    assertThatThrownBy(() -> FlagPolicy.fromConfig(repo))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unknown flag type \"relase\"");
  }
}
