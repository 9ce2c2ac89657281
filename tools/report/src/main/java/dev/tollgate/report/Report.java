package dev.tollgate.report;

import dev.tollgate.core.Diagnostic;
import java.util.List;

/**
 * Everything a renderer needs about one run.
 *
 * @param tool name and version, e.g. "tollgate 0.1.0"
 * @param diagnostics sorted findings and input problems
 * @param checkedFiles every file read, so JUnit and SARIF can list clean ones too
 * @param rules descriptions of the ids that may appear, for SARIF's rule table
 */
public record Report(
    String tool,
    List<Diagnostic> diagnostics,
    List<String> checkedFiles,
    List<RuleDescriptor> rules,
    Summary summary) {

  public Report {
    diagnostics = List.copyOf(diagnostics);
    checkedFiles = List.copyOf(checkedFiles);
    rules = List.copyOf(rules);
  }

  /** One rule or check as SARIF describes it. */
  public record RuleDescriptor(String id, String summary, String remediation, String severity) {}

  /** The figures of the summary line. */
  public record Summary(
      int files,
      int documents,
      int objects,
      long errors,
      long warnings,
      int suppressed,
      long millis) {

    /** {@code 12 files, 30 objects: 1 error, 2 warnings, 3 suppressed in 85 ms}. */
    public String line() {
      return plural(files, "file")
          + ", "
          + plural(objects, "object")
          + ": "
          + plural(errors, "error")
          + ", "
          + plural(warnings, "warning")
          + (suppressed > 0 ? ", " + suppressed + " suppressed" : "")
          + " in "
          + millis
          + " ms";
    }

    private static String plural(long n, String word) {
      return n + " " + word + (n == 1 ? "" : "s");
    }
  }
}
