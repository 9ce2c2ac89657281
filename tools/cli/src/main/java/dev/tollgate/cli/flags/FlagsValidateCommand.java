package dev.tollgate.cli.flags;

import dev.tollgate.flags.load.FlagLoader;
import dev.tollgate.flags.load.LoadResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tollgate flags validate [DIR]}: what {@code flipt validate} checks, and more. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validates Flipt flag files: schema, references, constraint values, distribution sums.",
      "Exit 0 when there are no errors, 1 when there are."
    })
final class FlagsValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = "flags",
      description = "Flags directory" + " (default: ${DEFAULT-VALUE}).")
  String dir;

  @Override
  public Integer call() {
    if (!java.nio.file.Files.isDirectory(Path.of(dir))) {
      throw new dev.tollgate.core.InputException(
          dev.tollgate.core.Diagnostic.error(
              dev.tollgate.core.Position.ofFile(dir),
              "flag-no-directory",
              "flags directory " + dir + " does not exist",
              "Pass the directory that holds your Flipt flag files."));
    }
    LoadResult result = FlagLoader.load(Path.of(dir), DiagnosticsPrinter.prefix(dir));
    return DiagnosticsPrinter.print(
        result.diagnostics(), spec.commandLine().getOut(), result.files().size() + " flag file(s)");
  }
}
