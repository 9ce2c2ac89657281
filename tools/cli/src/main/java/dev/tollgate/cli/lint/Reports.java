package dev.tollgate.cli.lint;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.lint.engine.CatalogEntry;
import dev.tollgate.lint.engine.LintResult;
import dev.tollgate.lint.engine.RuleCatalog;
import dev.tollgate.report.Report;
import java.util.List;
import java.util.TreeSet;

/** Turns a lint result into the renderer-neutral {@link Report}. */
final class Reports {
  private Reports() {}

  static Report of(LintResult result, RuleCatalog catalog, String tool) {
    List<Report.RuleDescriptor> rules =
        catalog.entries().stream()
            .map(e -> new Report.RuleDescriptor(e.id(), e.summary(), e.remediation(), label(e)))
            .toList();
    TreeSet<String> files = new TreeSet<>(result.checkedFiles());
    result.inputProblems().stream().map(Diagnostic::position).forEach(p -> files.add(p.path()));
    return new Report(
        tool,
        result.all(),
        List.copyOf(files),
        rules,
        new Report.Summary(
            result.files(),
            result.documents(),
            result.objects(),
            result.errors(),
            result.warnings(),
            result.suppressed(),
            result.millis()));
  }

  private static String label(CatalogEntry entry) {
    return entry.severity().label();
  }
}
