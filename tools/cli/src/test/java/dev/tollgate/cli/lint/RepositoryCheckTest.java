package dev.tollgate.cli.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The merge gate on this repository itself: {@code ./tollgate check} must pass. */
class RepositoryCheckTest {
  @Test
  void theRepositoryPassesItsOwnGate() {
    Path root = Path.of(System.getProperty("tollgate.root", ""));
    assumeTrue(Files.isRegularFile(root.resolve(".tollgate.yaml")), "repository root unknown");
    CheckRun run = CheckRun.of("check", root.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
  }
}
