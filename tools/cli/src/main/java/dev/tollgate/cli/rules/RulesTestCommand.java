package dev.tollgate.cli.rules;

import dev.tollgate.cli.ExitCodes;
import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import dev.tollgate.promql.Compat;
import dev.tollgate.rules.unittest.JUnitReport;
import dev.tollgate.rules.unittest.PromtoolReport;
import dev.tollgate.rules.unittest.RuleTestRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tollgate rules test FILE...}: runs promtool rule unit-test files unchanged, with
 * promtool's output. Exit 0 all pass, 1 a test failed, 2 a file is missing or malformed.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = "Run promtool rule unit-test files (promtool test rules).")
public final class RulesTestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--compat",
      defaultValue = "3",
      paramLabel = "2|3",
      description =
          "Prometheus semantics: 2 (2.42, Debian's promtool) or 3 (default: ${DEFAULT-VALUE}).")
  String compat;

  @Option(
      names = "--junit",
      paramLabel = "FILE",
      description = "Also write JUnit XML results to FILE.")
  Path junit;

  @Option(
      names = "--diff",
      description =
          "After each failure, list only the samples or alerts that differ (- expected, + got).")
  boolean diff;

  @Option(
      names = "--coverage",
      description = "Report alerting and recording rules no test exercised.")
  boolean coverage;

  @Option(
      names = "--run",
      paramLabel = "REGEX",
      description =
          "Only run test groups whose name matches (repeatable; unnamed groups are unnamed#N).")
  List<String> run = new ArrayList<>();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Unit-test files.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Compat mode =
        switch (compat) {
          case "2" -> Compat.V2;
          case "3" -> Compat.V3;
          default ->
              throw usage(
                  "--compat must be 2 or 3, not \"" + compat + "\"",
                  "Use --compat 2 for Prometheus 2.42 semantics or --compat 3.");
        };
    Pattern filter = null;
    if (!run.isEmpty()) {
      try {
        filter = Pattern.compile(String.join("|", run));
      } catch (PatternSyntaxException e) {
        throw usage(
            "--run is not a valid regular expression: " + e.getDescription(),
            "Fix the regular expression.");
      }
    }
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new InputException(
            Diagnostic.error(
                Position.ofFile(file.toString()),
                "io-error",
                "path '" + file + "' does not exist",
                "Pass an existing unit-test file."));
      }
    }
    RuleTestRunner runner = new RuleTestRunner(new RuleTestRunner.Options(mode, filter));
    List<RuleTestRunner.FileResult> results = new ArrayList<>();
    int exit = ExitCodes.OK;
    for (Path file : files) {
      RuleTestRunner.FileResult result = runner.runFile(file, file.toString());
      results.add(result);
      PromtoolReport.print(result, out, err, diff);
      if (result.inputError()) {
        exit = Math.max(exit, ExitCodes.INPUT);
      } else if (!result.passed()) {
        exit = Math.max(exit, ExitCodes.FINDINGS);
      }
    }
    if (coverage) {
      PromtoolReport.printCoverage(results, out);
    }
    if (junit != null) {
      JUnitReport.write(results, junit);
    }
    return exit;
  }

  private static InputException usage(String message, String hint) {
    return new InputException(
        Diagnostic.error(Position.ofFile("tollgate rules test"), "usage", message, hint));
  }
}
