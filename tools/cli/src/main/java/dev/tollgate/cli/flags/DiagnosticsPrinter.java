package dev.tollgate.cli.flags;

import dev.tollgate.cli.ExitCodes;
import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Severity;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics as text and turns them into an exit code. */
final class DiagnosticsPrinter {
  private DiagnosticsPrinter() {}

  static int print(List<Diagnostic> diagnostics, PrintWriter out, String what) {
    diagnostics.forEach(d -> out.println(d.render()));
    long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    out.println(what + ": " + errors + " error(s), " + warnings + " warning(s)");
    out.flush();
    return errors > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /** Display prefix for a directory argument: as typed, with one trailing slash. */
  static String prefix(String dir) {
    if (dir.equals(".") || dir.isEmpty()) {
      return "";
    }
    return dir.endsWith("/") ? dir : dir + "/";
  }
}
