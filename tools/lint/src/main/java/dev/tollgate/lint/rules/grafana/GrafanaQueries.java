package dev.tollgate.lint.rules.grafana;

import dev.tollgate.lint.rules.Substitution;
import java.util.regex.Pattern;

/** Grafana template variables, filled in so a panel query can be parsed as PromQL. */
final class GrafanaQueries {
  private GrafanaQueries() {}

  /** {@code ${var}}, {@code ${var:format}}, {@code $__interval}, {@code $var}, {@code [[var]]}. */
  static final Pattern VARIABLE =
      Pattern.compile("\\$\\{[^}]+}|\\$__[A-Za-z0-9_]+|\\$[A-Za-z_][A-Za-z0-9_]*|\\[\\[[^\\]]+]]");

  static Substitution substitute(String query) {
    return Substitution.of(query, VARIABLE, v -> null);
  }
}
