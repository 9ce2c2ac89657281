package dev.tollgate.analysis.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tollgate.analysis.template.TemplateLoader;
import dev.tollgate.analysis.testing.AnalysisTestLoader;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Coverage-guided fuzz tests (Jazzer) of the two analysis loaders on arbitrary file contents:
 * {@link TemplateLoader#load} (AnalysisTemplate / ClusterAnalysisTemplate documents) and {@link
 * AnalysisTestLoader#load} (analysis test files). Both document that every malformed input is a
 * positioned {@link InputException}; anything else escaping (a RuntimeException from a field
 * parser, a StackOverflowError, ...) is a finding. An error positioned in the fuzzed file must lie
 * inside it.
 *
 * <p>Each input is written to a private sandbox that also holds the real test templates and
 * rollouts (so {@code templates: [../templates/error-rate.yaml]} and {@code rollout.file} resolve).
 * Inputs naming /proc, /sys, /dev or /run are skipped: the loaders read whatever path a file names,
 * and a fuzzer must not read device or kernel files. Without {@code JAZZER_FUZZ} the committed
 * seeds under {@code src/test/resources/dev/tollgate/analysis/fuzz/
 * AnalysisLoadersFuzzTestInputs/<method>/} run. See docs/fuzzing.md.
 */
class AnalysisLoadersFuzzTest {
  private static final List<String> SUPPORT_FILES =
      List.of(
          "templates/error-rate.yaml",
          "templates/error-rate-background.yaml",
          "templates/p99-latency.yaml",
          "rollouts/demo-app-rollout.yaml",
          "rollouts/demo-app-background.yaml");

  private static final Path SANDBOX = sandbox();
  private static final Path TEST_FILE = SANDBOX.resolve("tests/fuzz.test.yaml");
  private static final Path TEMPLATE_FILE = SANDBOX.resolve("fuzz-templates/fuzz-template.yaml");
  private static final String TEST_DISPLAY = "tests/fuzz.test.yaml";
  private static final String TEMPLATE_DISPLAY = "fuzz-templates/fuzz-template.yaml";

  @FuzzTest(maxDuration = "2m")
  void templateFile(byte[] input) throws IOException {
    if (touchesSystemFiles(input)) {
      return;
    }
    Files.write(TEMPLATE_FILE, input);
    try {
      TemplateLoader.load(TEMPLATE_FILE, TEMPLATE_DISPLAY);
    } catch (InputException e) {
      assertInside(e, TEMPLATE_DISPLAY, input);
    }
  }

  @FuzzTest(maxDuration = "2m")
  void analysisTestFile(byte[] input) throws IOException {
    if (touchesSystemFiles(input)) {
      return;
    }
    Files.write(TEST_FILE, input);
    try {
      AnalysisTestLoader.load(TEST_FILE, TEST_DISPLAY);
    } catch (InputException e) {
      assertInside(e, TEST_DISPLAY, input);
    }
  }

  /**
   * An error in the fuzzed file points inside it; one in a referenced file at least has line ≥ 0.
   */
  private static void assertInside(InputException e, String display, byte[] input) {
    Position p = e.diagnostic().position();
    if (p.line() < 0 || p.column() < 0) {
      throw new AssertionError("negative position " + p + ": " + e.diagnostic().render(), e);
    }
    if (!p.path().equals(display)) {
      return; // a template the test file names (possibly the fuzzed file itself via a glob)
    }
    String text = new String(input, StandardCharsets.UTF_8);
    int lines = lineCount(text);
    if (p.line() > lines + 1
        || p.column() > text.length() + 2
        || (p.line() == 0 && p.column() != 0)) {
      throw new AssertionError(
          "position "
              + p
              + " is outside the input of "
              + lines
              + " lines, "
              + text.length()
              + " chars: "
              + e.diagnostic().render(),
          e);
    }
  }

  /** Lines as YAML counts them: \n, \r, \r\n, NEL, LS and PS all break a line. */
  private static int lineCount(String text) {
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        lines++;
      } else if (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        lines++;
      }
    }
    return lines;
  }

  private static boolean touchesSystemFiles(byte[] input) {
    String text = new String(input, StandardCharsets.ISO_8859_1);
    return text.contains("/proc")
        || text.contains("/sys")
        || text.contains("/dev")
        || text.contains("/run");
  }

  private static void deleteTree(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // best effort: it is a temp directory
    }
  }

  private static Path sandbox() {
    try {
      Path dir = Files.createTempDirectory("tollgate-analysis-fuzz");
      Files.createDirectories(dir.resolve("tests"));
      Files.createDirectories(dir.resolve("fuzz-templates"));
      for (String file : SUPPORT_FILES) {
        Path target = dir.resolve(file);
        Files.createDirectories(target.getParent());
        try (InputStream in = AnalysisLoadersFuzzTest.class.getResourceAsStream("/" + file)) {
          if (in == null) {
            throw new IllegalStateException("test resource " + file + " is missing");
          }
          Files.copy(in, target);
        }
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
