package dev.tollgate.analysis.testing;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints test results: a line per test, and for each failing test its expected-vs-actual lines and
 * the measurement timeline; {@link #summary()} gives the closing {@code N passed, N failed}.
 */
public final class TestReport {
  private final PrintWriter out;
  private int passed;
  private int failed;

  private final boolean verbose;

  /**
   * @param verbose print the timeline of passing tests too
   */
  public TestReport(PrintWriter out, boolean verbose) {
    this.out = out;
    this.verbose = verbose;
  }

  public void file(String path, List<TestOutcome> outcomes) {
    out.println(path + ":");
    for (TestOutcome outcome : outcomes) {
      if (outcome.passed()) {
        passed++;
        out.println("  PASS  " + outcome.name());
        if (verbose) {
          outcome.timeline().forEach(row -> out.println("        " + row));
        }
        continue;
      }
      failed++;
      out.println("  FAIL  " + outcome.name() + " (" + outcome.position() + ")");
      for (String failure : outcome.failures()) {
        out.println("        " + failure);
      }
      out.println("        timeline:");
      if (outcome.timeline().isEmpty()) {
        out.println("          (no measurements)");
      }
      for (String row : outcome.timeline()) {
        out.println("        " + row);
      }
    }
    out.flush();
  }

  public int passed() {
    return passed;
  }

  public int failed() {
    return failed;
  }

  public String summary() {
    return passed + " passed, " + failed + " failed";
  }
}
