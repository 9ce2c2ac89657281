package dev.tollgate.cli.rules;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tollgate rules}: Prometheus rule files (check, unit tests). */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Prometheus rule files: promtool-compatible checks and rule unit tests.",
    subcommands = {
      RulesCheckCommand.class,
      RulesTestCommand.class,
      dev.tollgate.cli.lint.RulesListCommand.class
    })
public final class RulesCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
