package dev.tollgate.lint.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDiscoveryTest {
  @TempDir Path root;

  private void touch(String relative) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "a: 1\n");
  }

  private List<String> found(List<String> include, List<String> exclude) {
    return new FileDiscovery(root, include, exclude)
        .discover(List.of(Path.of("."))).files().stream()
            .map(FileDiscovery.DiscoveredFile::displayPath)
            .toList();
  }

  @Test
  void readsYamlAndDashboardJsonButSkipsBuildFoldersAndOtherFiles() throws IOException {
    for (String name :
        List.of(
            "apps/a.yaml",
            "apps/b.yml",
            "apps/dashboards/latency.json",
            "apps/package.json",
            "README.md",
            ".git/config.yaml",
            "tools/x/target/classes/c.yaml",
            "web/node_modules/m/d.yaml",
            ".tollgate.yaml")) {
      touch(name);
    }
    assertThat(found(List.of(), List.of()))
        .containsExactly("apps/a.yaml", "apps/b.yml", "apps/dashboards/latency.json");
  }

  @Test
  void excludeBeatsInclude() throws IOException {
    touch("apps/a.yaml");
    touch("apps/vendor/v.yaml");
    touch("apps/c.txt");
    assertThat(found(List.of("apps/**"), List.of("vendor")))
        .containsExactly("apps/a.yaml", "apps/c.txt");
  }

  @Test
  void missingPathIsAProblem() {
    List<Diagnostic> problems =
        new FileDiscovery(root, List.of(), List.of()).discover(List.of(Path.of("nope"))).problems();
    assertThat(problems)
        .extracting(Diagnostic::render)
        .containsExactly(
            "nope: error: no such file or folder [io-error]\n  hint: Check the path given to tollgate check."
                .replace("\n", System.lineSeparator()));
  }

  @Test
  void folderLinkLeavingTheRootIsReportedAndNotWalked(@TempDir Path outside) throws IOException {
    Files.writeString(outside.resolve("x.yaml"), "a: 1\n");
    try {
      Files.createSymbolicLink(root.resolve("linked"), outside);
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.abort("symbolic links not supported: " + e);
    }
    FileDiscovery.Result result =
        new FileDiscovery(root, List.of(), List.of()).discover(List.of(Path.of(".")));
    assertThat(result.files()).isEmpty();
    assertThat(result.problems())
        .extracting(Diagnostic::ruleId)
        .containsExactly("fs-symlink-escape");
  }
}
