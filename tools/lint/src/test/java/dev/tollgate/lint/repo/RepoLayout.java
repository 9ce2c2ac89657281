package dev.tollgate.lint.repo;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Where the GitOps content lives, and how tests that need an outside binary find or skip it. */
final class RepoLayout {

  static final List<String> GITOPS_FOLDERS = List.of("apps", "clusters", "platform");

  private RepoLayout() {}

  static Path root() {
    String root = System.getProperty("tollgate.root");
    if (root == null || root.isBlank()) {
      fail("system property tollgate.root is not set (surefire sets it to the repository root)");
    }
    return Path.of(root).toAbsolutePath().normalize();
  }

  /** Every folder holding a kustomization.yaml under apps/, clusters/ and platform/, sorted. */
  static List<Path> kustomizationDirs(Path root) {
    return GITOPS_FOLDERS.stream()
        .map(root::resolve)
        .filter(Files::isDirectory)
        .flatMap(RepoLayout::walk)
        .filter(p -> p.getFileName().toString().matches("kustomization\\.ya?ml"))
        .map(Path::getParent)
        .sorted()
        .toList();
  }

  /**
   * The absolute path of {@code name} on PATH. When it is missing the test is skipped with a
   * reason, or fails when TOLLGATE_REQUIRE_TOOLS=1 (CI must not silently skip).
   */
  static Path requireTool(String name) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator, -1)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    String reason = name + " is not on PATH";
    if ("1".equals(System.getenv("TOLLGATE_REQUIRE_TOOLS"))) {
      fail(reason + " and TOLLGATE_REQUIRE_TOOLS=1 requires it");
    }
    Assumptions.abort(reason + "; install it or set TOLLGATE_REQUIRE_TOOLS=1 to make this fail");
    throw new AssertionError("unreachable");
  }

  private static Stream<Path> walk(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
