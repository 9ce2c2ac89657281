package dev.tollgate.demo.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Outside binaries: a test skips with a visible reason when one is missing, unless
 * TOLLGATE_REQUIRE_TOOLS=1 (CI), where a missing tool is a failure.
 */
final class RequiredTools {
  private RequiredTools() {}

  static Path require(String tool, String why) {
    Optional<Path> found = find(tool);
    if (found.isEmpty()) {
      String message = tool + " not found on PATH; " + why + " (apt-get install -y prometheus)";
      if ("1".equals(System.getenv("TOLLGATE_REQUIRE_TOOLS"))) {
        Assertions.fail(message + " and TOLLGATE_REQUIRE_TOOLS=1");
      }
      Assumptions.abort("skipped: " + message);
    }
    return found.get();
  }

  static Optional<Path> find(String tool) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator, -1)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, tool);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
