package dev.tollgate.cli.flags;

import dev.tollgate.flags.FlagLint;
import dev.tollgate.flags.FlagPolicy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tollgate flags lint}: validation plus the lifecycle policy and source references. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Validates the flags directory and applies the lifecycle policy: owners, types, sunsets,"
          + " dead flags, and flag keys used in source.",
      "Dates are judged against --today, else .tollgate.yaml today, else the current date."
    })
final class FlagsLintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--root", defaultValue = ".", description = "Repository root (default: .).")
  Path root;

  @Option(names = "--today", description = "Judge dates as of this ISO date (pinned CI replays).")
  LocalDate today;

  @Option(
      names = "--source-root",
      description =
          "Source directory to search for flag keys"
              + " (repeatable; default from .tollgate.yaml or demo-app/src).")
  List<String> sourceRoots;

  @Override
  public Integer call() {
    FlagPolicy policy = FlagPolicy.fromConfig(root);
    if (today != null) {
      policy = policy.withToday(today);
    }
    if (sourceRoots != null) {
      policy = policy.withSourceRoots(sourceRoots);
    }
    return DiagnosticsPrinter.print(
        FlagLint.check(root, policy),
        spec.commandLine().getOut(),
        "flags lint (today " + policy.effectiveToday() + ")");
  }
}
