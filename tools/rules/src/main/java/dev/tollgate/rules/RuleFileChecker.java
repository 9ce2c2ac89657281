package dev.tollgate.rules;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.yaml.YNode;
import java.util.List;

/**
 * The library form of {@code tollgate rules check}: everything {@code promtool check rules}
 * rejects, as positioned diagnostics. Works on a plain rule file's root and on a PrometheusRule's
 * {@code spec} (both hold {@code groups:}).
 */
public final class RuleFileChecker {
  private RuleFileChecker() {}

  /** Checks with current Prometheus (3.x) field rules; an empty list means the file is valid. */
  public static List<Diagnostic> check(YNode groupsRoot, String path) {
    return new RuleFileParser(true).parse(groupsRoot, path).diagnostics();
  }
}
