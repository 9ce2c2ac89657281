package dev.tollgate.cli.flags;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import dev.tollgate.core.Severity;
import dev.tollgate.flags.eval.Engine;
import dev.tollgate.flags.load.FlagLoader;
import dev.tollgate.flags.load.LoadResult;
import java.nio.file.Path;
import java.util.Locale;

/** Shared option handling: loading a flags directory that must be valid, parsing --engine. */
final class FlagsLoading {
  private FlagsLoading() {}

  /** Loads {@code dir}; errors make it unusable input (exit 2) with the first error shown. */
  static LoadResult loadValid(String dir) {
    LoadResult result = FlagLoader.load(Path.of(dir), DiagnosticsPrinter.prefix(dir));
    Diagnostic first =
        result.diagnostics().stream()
            .filter(d -> d.severity() == Severity.ERROR)
            .findFirst()
            .orElse(null);
    if (first != null) {
      long errors =
          result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
      throw new InputException(
          new Diagnostic(
              first.position(),
              Severity.ERROR,
              first.message() + (errors > 1 ? " (and " + (errors - 1) + " more errors)" : ""),
              first.ruleId(),
              first.hint() + " Run tollgate flags validate " + dir + " for every finding."));
    }
    return result;
  }

  static Engine engine(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "v2", "v2.9", "2.9" -> Engine.V2;
      case "v1", "2.8" -> Engine.V1;
      default ->
          throw new InputException(
              Diagnostic.error(
                  Position.ofFile("--engine"),
                  "usage",
                  "unknown engine \"" + text + "\"",
                  "Use v2 (Flipt server >= 2.9, the default) or v1 (Flipt <= 2.8)."));
    };
  }
}
