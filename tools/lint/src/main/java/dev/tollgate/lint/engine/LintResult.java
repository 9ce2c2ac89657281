package dev.tollgate.lint.engine;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Severity;
import java.util.List;

/**
 * What a run found.
 *
 * @param findings rule, schema and engine findings after config and ignore annotations, sorted
 * @param inputProblems files that could not be read or parsed at all (exit code 2)
 * @param crashes rules that threw, one diagnostic each (exit code 3)
 * @param checkedFiles the display paths of the files read successfully
 * @param files files read successfully
 * @param documents YAML documents in them
 * @param objects Kubernetes objects among the documents
 * @param suppressed findings dropped by {@code tollgate.dev/ignore} annotations
 * @param millis wall time of the run
 */
public record LintResult(
    List<Diagnostic> findings,
    List<Diagnostic> inputProblems,
    List<Diagnostic> crashes,
    List<String> checkedFiles,
    int files,
    int documents,
    int objects,
    int suppressed,
    long millis) {

  public LintResult {
    findings = List.copyOf(findings);
    inputProblems = List.copyOf(inputProblems);
    crashes = List.copyOf(crashes);
    checkedFiles = List.copyOf(checkedFiles);
  }

  public long errors() {
    return count(Severity.ERROR);
  }

  public long warnings() {
    return count(Severity.WARNING);
  }

  /** Input problems first (they explain missing findings), then findings, then crashes. */
  public List<Diagnostic> all() {
    List<Diagnostic> all = new java.util.ArrayList<>(inputProblems);
    all.addAll(findings);
    all.addAll(crashes);
    return all;
  }

  private long count(Severity severity) {
    return all().stream().filter(d -> d.severity() == severity).count();
  }
}
