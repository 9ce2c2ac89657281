package dev.tollgate.report;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.Map;

/**
 * GitHub Actions workflow commands: {@code ::error file=F,line=L,col=C,title=ID::message}. GitHub
 * shows only 10 error and 10 warning annotations per step, so the rest are printed as plain text
 * lines (still in the log) and the summary says how many were not annotated.
 */
final class GithubRenderer implements Format.Renderer {
  static final int ANNOTATIONS_PER_SEVERITY = 10;

  @Override
  public void render(Report report, Writer out) throws IOException {
    Map<Severity, Integer> shown = new EnumMap<>(Severity.class);
    int notAnnotated = 0;
    for (Diagnostic d : report.diagnostics()) {
      int count = shown.merge(d.severity(), 1, Integer::sum);
      if (count > ANNOTATIONS_PER_SEVERITY) {
        notAnnotated++;
        out.write(d.render().replace(System.lineSeparator(), "\n") + "\n");
        continue;
      }
      String command =
          switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
          };
      StringBuilder line = new StringBuilder("::").append(command).append(' ');
      line.append("file=").append(property(d.position().path()));
      if (d.position().line() > 0) {
        line.append(",line=").append(d.position().line());
        if (d.position().column() > 0) {
          line.append(",col=").append(d.position().column());
        }
      }
      line.append(",title=").append(property(d.ruleId()));
      String message = d.hint().isEmpty() ? d.message() : d.message() + "\nhint: " + d.hint();
      line.append("::").append(data(message + " [" + d.ruleId() + "]"));
      out.write(line + "\n");
    }
    out.write(
        "tollgate check: "
            + report.summary().line()
            + (notAnnotated > 0
                ? " (" + notAnnotated + " not annotated: GitHub shows 10 per severity)"
                : "")
            + "\n");
  }

  /** Escaping of the message part, as GitHub's toolkit does it. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escaping of property values, which also end at ':' and ','. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
