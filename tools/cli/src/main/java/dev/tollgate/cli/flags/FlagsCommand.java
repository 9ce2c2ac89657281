package dev.tollgate.cli.flags;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tollgate flags}: Flipt flags as code. */
@Command(
    name = "flags",
    mixinStandardHelpOptions = true,
    description =
        "Flipt flag files: validate, lifecycle lint, Flipt-exact evaluation, exposure and diffs.",
    subcommands = {
      FlagsValidateCommand.class,
      FlagsLintCommand.class,
      FlagsEvalCommand.class,
      FlagsExposureCommand.class,
      FlagsDiffCommand.class
    })
public final class FlagsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return dev.tollgate.cli.ExitCodes.INPUT;
  }
}
