package dev.tollgate.cli.lint;

import dev.tollgate.cli.TollgateCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One {@code tollgate ...} run with captured output, as the CLI tests see it. */
record CheckRun(int exitCode, String out, String err) {

  static CheckRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = TollgateCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new CheckRun(code, out.toString(), err.toString());
  }

  String all() {
    return out + err;
  }
}
