package dev.tollgate.flags.load;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Position;
import dev.tollgate.core.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects positioned diagnostics while a flags tree is read and checked. */
public final class Findings {
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  public void error(Position position, String ruleId, String message, String hint) {
    diagnostics.add(Diagnostic.error(position, ruleId, message, hint));
  }

  public void warning(Position position, String ruleId, String message, String hint) {
    diagnostics.add(Diagnostic.warning(position, ruleId, message, hint));
  }

  public void add(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  public List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(diagnostics);
    Collections.sort(copy);
    return List.copyOf(copy);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }
}
