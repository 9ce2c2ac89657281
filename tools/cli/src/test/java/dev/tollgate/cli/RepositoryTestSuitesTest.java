package dev.tollgate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The repository's own observability tests, as CI runs them: every promtool-format rule test under
 * {@code apps/<app>/tests/rules} and every analysis test under {@code apps/<app>/tests/analysis}.
 */
class RepositoryTestSuitesTest {
  private final Path root = Path.of(System.getProperty("tollgate.root", ""));

  @Test
  void ruleUnitTestsPass() throws IOException {
    List<String> files = testFiles("rules");
    String output = runPassing("rules", "test", files);
    assertThat(output).contains("SUCCESS").doesNotContain("FAILED");
  }

  @Test
  void analysisTestsPass() throws IOException {
    List<String> files = testFiles("analysis");
    String output = runPassing("analysis", "test", files);
    assertThat(output).containsPattern("(?m)^\\d+ passed, 0 failed");
  }

  private List<String> testFiles(String kind) throws IOException {
    Path apps = root.resolve("apps");
    assumeTrue(Files.isDirectory(apps), "repository root unknown (tollgate.root)");
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(apps)) {
      walk.filter(p -> p.getParent().endsWith(Path.of("tests", kind)))
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .map(Path::toString)
          .sorted()
          .forEach(files::add);
    }
    assertThat(files).as("%s tests under apps/*/tests/%s", kind, kind).isNotEmpty();
    return files;
  }

  private static String runPassing(String command, String subcommand, List<String> files) {
    StringWriter out = new StringWriter();
    CommandLine cli = TollgateCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(out, true));
    List<String> args = new ArrayList<>(List.of(command, subcommand));
    args.addAll(files);
    int exit = cli.execute(args.toArray(String[]::new));
    assertThat(exit).as(out.toString()).isZero();
    return out.toString();
  }
}
