package dev.tollgate.flags.load;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Severity;
import dev.tollgate.flags.model.FlagSet;
import java.util.List;

/**
 * What a flags directory holds and what is wrong with it.
 *
 * @param files the display paths of the files that were read, in walk order
 */
public record LoadResult(FlagSet flags, List<Diagnostic> diagnostics, List<String> files) {
  public LoadResult {
    diagnostics = List.copyOf(diagnostics);
    files = List.copyOf(files);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }
}
