package dev.tollgate.cli.analysis;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tollgate analysis}: Argo Rollouts AnalysisTemplates, tested offline or run live. */
@Command(
    name = "analysis",
    mixinStandardHelpOptions = true,
    description = "Test Argo Rollouts AnalysisTemplates offline, or run one against Prometheus.",
    subcommands = {AnalysisTestCommand.class, AnalysisRunCommand.class})
public final class AnalysisCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
