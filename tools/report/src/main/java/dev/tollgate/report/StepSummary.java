package dev.tollgate.report;

import dev.tollgate.core.Diagnostic;
import java.io.IOException;
import java.io.Writer;

/**
 * The Markdown a GitHub job shows on its summary page ({@code $GITHUB_STEP_SUMMARY}): the summary
 * line and a table of every finding, since annotations stop at 10 per severity. Capped below
 * GitHub's 1 MiB per step.
 */
public final class StepSummary {
  static final int MAX_ROWS = 1000;

  private StepSummary() {}

  public static void render(Report report, Writer out) throws IOException {
    out.write("### tollgate check\n\n");
    out.write(report.summary().line() + "\n\n");
    if (report.diagnostics().isEmpty()) {
      return;
    }
    out.write("| location | severity | rule | message |\n|---|---|---|---|\n");
    int rows = 0;
    for (Diagnostic d : report.diagnostics()) {
      if (++rows > MAX_ROWS) {
        out.write("\n" + (report.diagnostics().size() - MAX_ROWS) + " more; see the job log.\n");
        break;
      }
      out.write(
          "| `"
              + d.position()
              + "` | "
              + d.severity().label()
              + " | `"
              + d.ruleId()
              + "` | "
              + cell(d.message())
              + " |\n");
    }
    out.flush();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
