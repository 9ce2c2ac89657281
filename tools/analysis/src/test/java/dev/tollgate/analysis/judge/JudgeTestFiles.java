package dev.tollgate.analysis.judge;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Locates the judge fixtures under src/test/resources/judge. */
final class JudgeTestFiles {
  private JudgeTestFiles() {}

  static Path resource(String name) {
    try {
      return Path.of(JudgeTestFiles.class.getResource("/judge/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static JudgeConfig config() {
    return JudgeFiles.loadConfig(resource("judge.yaml"), "judge.yaml");
  }
}
