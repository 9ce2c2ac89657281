package dev.tollgate.cli.promql;

import dev.tollgate.cli.ExitCodes;
import dev.tollgate.cli.InputFiles;
import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import dev.tollgate.promql.Compat;
import dev.tollgate.promql.promqltest.EvalResult;
import dev.tollgate.promql.promqltest.Script;
import dev.tollgate.promql.promqltest.ScriptParser;
import dev.tollgate.promql.promqltest.ScriptRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tollgate promql test [--compat 2|3] FILE.test...}: runs Prometheus's engine test-script
 * format and closes with {@code N passed, N failed, N skipped}.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = "Run PromQL engine test scripts (Prometheus's promqltest format).")
public final class PromqlTestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--compat",
      paramLabel = "2|3",
      converter = CompatOption.class,
      description = "Semantics: 3 = Prometheus 3.x (default), 2 = Prometheus 2.42.")
  Compat compat = Compat.V3;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Test scripts (*.test).")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Script> scripts = new ArrayList<>();
    for (Path file : files) {
      scripts.add(read(file));
    }
    List<EvalResult> all = new ArrayList<>();
    for (Script script : scripts) {
      List<EvalResult> results;
      try {
        results = new ScriptRunner(compat).run(script);
      } catch (ScriptRunner.LoadException e) {
        throw new InputException(
            Diagnostic.error(
                new Position(script.path(), e.line(), 0),
                "promql-test-syntax",
                e.getMessage(),
                "Series lines read `metric{label=\"value\"} 1+2x3 _ stale`."));
      }
      for (EvalResult r : results) {
        if (r.status() == EvalResult.Status.FAILED) {
          out.println("FAILED " + r.name());
          out.println("  " + r.detail());
        }
      }
      all.addAll(results);
    }
    ScriptRunner.Summary summary = ScriptRunner.Summary.of(all);
    for (Map.Entry<String, Integer> e : summary.skipReasons().entrySet()) {
      out.println("skipped: " + e.getKey() + " (" + e.getValue() + ")");
    }
    out.println(summary.line());
    out.flush();
    return summary.failed() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private static Script read(Path file) {
    String shown = file.toString();
    String content =
        InputFiles.readUtf8(
            file,
            "promql-test-input",
            "test script",
            "Check the path; test scripts are UTF-8 text files.");
    try {
      return ScriptParser.parse(shown, content);
    } catch (ScriptParser.ScriptException e) {
      throw new InputException(
          Diagnostic.error(
              new Position(shown, e.line(), 0),
              "promql-test-syntax",
              e.getMessage(),
              "Commands are load, clear, eval instant at T EXPR, eval range from A to B step S EXPR."));
    }
  }
}
