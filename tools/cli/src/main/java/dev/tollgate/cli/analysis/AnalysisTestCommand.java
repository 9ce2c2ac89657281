package dev.tollgate.cli.analysis;

import dev.tollgate.analysis.ExprConditions;
import dev.tollgate.analysis.testing.AnalysisTestFile;
import dev.tollgate.analysis.testing.AnalysisTestLoader;
import dev.tollgate.analysis.testing.AnalysisTestRunner;
import dev.tollgate.analysis.testing.TestReport;
import dev.tollgate.cli.ExitCodes;
import dev.tollgate.core.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tollgate analysis test FILE...}: analysis unit tests (docs/analysis-tests.md). */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Run analysis unit tests: input series, templates, expected phases (docs/analysis-tests.md).",
      "Exit 0 when all pass, 1 when any fails, 2 when a file cannot be read."
    })
public final class AnalysisTestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Analysis test files.")
  List<Path> files;

  @Option(
      names = {"-v", "--verbose"},
      description = "Print the measurement timeline of passing tests too.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TestReport report = new TestReport(out, verbose);
    AnalysisTestRunner runner = new AnalysisTestRunner(ExprConditions::new);
    boolean unreadable = false;
    for (Path file : files) {
      try {
        AnalysisTestFile tests = AnalysisTestLoader.load(file, file.toString());
        report.file(tests.path(), runner.run(tests));
      } catch (InputException e) {
        // one broken file should not hide the results of the others
        err.println(e.diagnostic().render());
        err.flush();
        unreadable = true;
      }
    }
    out.println(report.summary());
    out.flush();
    if (unreadable) {
      return ExitCodes.INPUT;
    }
    return report.failed() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
