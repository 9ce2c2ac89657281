package dev.tollgate.cli.promql;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tollgate promql ...}: the PromQL engine's own commands. */
@Command(
    name = "promql",
    mixinStandardHelpOptions = true,
    description = "Run PromQL engine test scripts and evaluate queries.",
    subcommands = {PromqlTestCommand.class, PromqlEvalCommand.class})
public final class PromqlCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return dev.tollgate.cli.ExitCodes.INPUT;
  }
}
