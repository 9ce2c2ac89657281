package dev.tollgate.core;

import java.util.Objects;

/**
 * One finding or error, ready to print as {@code path:line:col: error: message [rule-id]} followed
 * by {@code hint: ...}.
 *
 * @param ruleId the rule or error class id, e.g. {@code k8s-latest-image-tag} or {@code
 *     yaml-syntax}
 * @param hint the remediation, imperative with a final period; empty when there is none
 */
public record Diagnostic(
    Position position, Severity severity, String message, String ruleId, String hint)
    implements Comparable<Diagnostic> {

  public Diagnostic {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(ruleId, "ruleId");
    hint = hint == null ? "" : hint;
  }

  public static Diagnostic error(Position position, String ruleId, String message, String hint) {
    return new Diagnostic(position, Severity.ERROR, message, ruleId, hint);
  }

  public static Diagnostic warning(Position position, String ruleId, String message, String hint) {
    return new Diagnostic(position, Severity.WARNING, message, ruleId, hint);
  }

  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(position, newSeverity, message, ruleId, hint);
  }

  /** The text form: first line with position, severity, message and id; then the hint line. */
  public String render() {
    String head = position + ": " + severity.label() + ": " + message + " [" + ruleId + "]";
    return hint.isEmpty() ? head : head + System.lineSeparator() + "  hint: " + hint;
  }

  @Override
  public int compareTo(Diagnostic other) {
    int byPosition = position.compareTo(other.position);
    return byPosition != 0 ? byPosition : ruleId.compareTo(other.ruleId);
  }
}
