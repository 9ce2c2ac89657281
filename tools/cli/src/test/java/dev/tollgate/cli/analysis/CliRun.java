package dev.tollgate.cli.analysis;

import dev.tollgate.cli.TollgateCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** One CLI invocation with captured output. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = TollgateCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** A fixture of the analysis module, found from the repository root. */
  static String fixture(String relative) {
    String root = System.getProperty("tollgate.root", "../..");
    return Path.of(root, "tools/analysis/src/test/resources", relative).toString();
  }
}
