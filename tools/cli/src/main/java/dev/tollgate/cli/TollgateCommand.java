package dev.tollgate.cli;

import dev.tollgate.core.InputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command. Every subcommand is registered here, in one explicit list. */
@Command(
    name = "tollgate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Guards a progressive-delivery GitOps repository: manifests, flags, PromQL, canaries.",
    subcommands = {
      CommandLine.HelpCommand.class,
      dev.tollgate.cli.flags.FlagsCommand.class,
      dev.tollgate.cli.rules.RulesCommand.class,
      dev.tollgate.cli.lint.CheckCommand.class,
      dev.tollgate.cli.analysis.AnalysisCommand.class,
      dev.tollgate.cli.analysis.RolloutCommand.class,
      dev.tollgate.cli.judge.JudgeCommand.class,
      dev.tollgate.cli.promql.PromqlCommand.class
    })
public final class TollgateCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with tollgate's error handling; tests call this with their writers. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new TollgateCommand());
    cli.setExitCodeExceptionMapper(TollgateCommand::exitCodeOf);
    cli.setExecutionExceptionHandler(TollgateCommand::handleExecutionException);
    cli.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.INPUT);
    return cli;
  }

  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  private static int exitCodeOf(Throwable error) {
    return error instanceof InputException
            || error instanceof CommandLine.ParameterException
            || error instanceof java.io.IOException
            || error instanceof java.io.UncheckedIOException
        ? ExitCodes.INPUT
        : ExitCodes.INTERNAL;
  }

  /**
   * Unreadable input is the user's to fix and gets a positioned message; anything else is our bug
   * and gets a short request to report it. Stack traces only with TOLLGATE_DEBUG=1.
   */
  private static int handleExecutionException(
      Exception error, CommandLine cli, CommandLine.ParseResult parseResult) {
    PrintWriter err = cli.getErr();
    if (error instanceof InputException input) {
      err.println(input.diagnostic().render());
      err.flush();
      return ExitCodes.INPUT;
    }
    if (error instanceof java.nio.file.NoSuchFileException missing) {
      err.println(missing.getFile() + ": error: no such file or directory [io-error]");
      err.println("  hint: Check the path; it is resolved against the current directory.");
      err.flush();
      return ExitCodes.INPUT;
    }
    if (error instanceof java.io.IOException || error instanceof java.io.UncheckedIOException) {
      err.println("tollgate: error: cannot read input: " + error.getMessage() + " [io-error]");
      err.println("  hint: Check that the file exists and is readable.");
      err.flush();
      return ExitCodes.INPUT;
    }
    err.println("tollgate: internal error: " + error);
    err.println(
        "  hint: This is a bug in tollgate; please report it with the command you ran"
            + " (set TOLLGATE_DEBUG=1 for the stack trace).");
    if ("1".equals(System.getenv("TOLLGATE_DEBUG"))) {
      error.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }
}
