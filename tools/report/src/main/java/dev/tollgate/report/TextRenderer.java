package dev.tollgate.report;

import dev.tollgate.core.Diagnostic;
import java.io.IOException;
import java.io.Writer;

/** {@code path:line:col: error: message [id]}, the hint line, then the summary line. */
final class TextRenderer implements Format.Renderer {
  @Override
  public void render(Report report, Writer out) throws IOException {
    for (Diagnostic diagnostic : report.diagnostics()) {
      out.write(diagnostic.render().replace(System.lineSeparator(), "\n"));
      out.write("\n");
    }
    out.write("tollgate check: " + report.summary().line() + "\n");
  }
}
