package dev.tollgate.core.yaml.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlFile;
import dev.tollgate.core.yaml.YamlLoader;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzz test (Jazzer) of {@link YamlLoader} and {@link YTrees#documents}: on any
 * bytes, loading either succeeds or throws an {@link InputException} whose position lies inside the
 * input. Any other throwable (a snakeyaml-engine exception that escaped, a StackOverflowError, an
 * OutOfMemoryError, ...) is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs the committed seeds in {@code
 * src/test/resources/dev/tollgate/core/yaml/fuzz/YamlLoaderFuzzTestInputs/loadArbitraryBytes/};
 * with {@code JAZZER_FUZZ=1} it fuzzes for {@code maxDuration}. See docs/fuzzing.md.
 */
class YamlLoaderFuzzTest {
  private static final String PATH = "fuzz.yaml";

  @FuzzTest(maxDuration = "2m")
  void loadArbitraryBytes(byte[] input) {
    try {
      YamlFile file = new YamlLoader().load(PATH, input);
      YTrees.documents(file);
    } catch (InputException e) {
      assertInside(e, new String(input, StandardCharsets.UTF_8));
    }
  }

  /** The position of {@code e} is in {@code text} (decoded leniently; bad bytes become U+FFFD). */
  static void assertInside(InputException e, String text) {
    Position p = e.diagnostic().position();
    int lines = lineCount(text);
    if (!PATH.equals(p.path())
        || p.line() < 0
        || p.line() > lines + 1
        || p.column() < 0
        || p.column() > text.length() + 2
        || (p.line() == 0 && p.column() != 0)) {
      throw new AssertionError(
          "position "
              + p
              + " (line "
              + p.line()
              + ", column "
              + p.column()
              + ") is outside the input of "
              + lines
              + " lines, "
              + text.length()
              + " chars: "
              + e.diagnostic().render(),
          e);
    }
  }

  /** Lines as YAML counts them: \n, \r, \r\n, NEL, LS and PS all break a line. */
  static int lineCount(String text) {
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
}
