package dev.tollgate.cli.analysis;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tollgate rollout}: Argo Rollouts canary strategies. */
@Command(
    name = "rollout",
    mixinStandardHelpOptions = true,
    description = "Simulate an Argo Rollouts canary update over recorded or invented metrics.",
    subcommands = {RolloutSimulateCommand.class})
public final class RolloutCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
