package dev.tollgate.rules.unittest;

import dev.tollgate.rules.unittest.Coverage.RuleRef;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints results in promtool's shape (spec §1.1): {@code Unit Testing: FILE}, blank lines and
 * {@code SUCCESS} on stdout, {@code FAILED:} and each failure text on stderr.
 */
public final class PromtoolReport {
  private PromtoolReport() {}

  public static void print(RuleTestRunner.FileResult result, PrintWriter out, PrintWriter err) {
    print(result, out, err, false);
  }

  /** With {@code diff}, each failure is followed by its {@link FailureDiff} lines. */
  public static void print(
      RuleTestRunner.FileResult result, PrintWriter out, PrintWriter err, boolean diff) {
    out.println("Unit Testing:  " + result.file());
    out.flush();
    for (String warning : result.warnings()) {
      err.println(warning);
    }
    if (result.passed()) {
      out.println("  SUCCESS");
    } else {
      err.println("  FAILED:");
      for (String error : result.errors()) {
        err.println(error);
        if (diff) {
          List<String> lines = FailureDiff.of(error);
          if (!lines.isEmpty()) {
            err.println("        diff (- expected only, + got only):");
            lines.forEach(err::println);
          }
        }
        err.flush();
        out.println();
        out.flush();
      }
    }
    err.flush();
    out.println();
    out.flush();
  }

  /** The {@code --coverage} summary: per rule file, how many rules were exercised and which not. */
  public static void printCoverage(List<RuleTestRunner.FileResult> results, PrintWriter out) {
    out.println("Rule coverage:");
    int total = 0;
    int untestedCount = 0;
    for (RuleTestRunner.FileResult result : results) {
      if (result.coverage() == null) {
        continue;
      }
      List<RuleRef> rules = result.coverage().rules();
      List<RuleRef> untested = result.coverage().untested();
      total += rules.size();
      untestedCount += untested.size();
      out.printf(
          "  %s: %d of %d rules tested%n",
          result.file(), rules.size() - untested.size(), rules.size());
      for (RuleRef r : untested) {
        out.printf(
            "    not tested: %s %s (group %s, %s)%n",
            r.rule().kind(), r.rule().name(), r.group(), r.rule().position());
      }
    }
    double percent = total == 0 ? 100.0 : 100.0 * (total - untestedCount) / total;
    out.printf("  total: %d of %d rules tested (%.1f%%)%n", total - untestedCount, total, percent);
    out.flush();
  }
}
