package dev.tollgate.lint.api;

import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode;

/**
 * Where a rule reports. The engine binds one instance per rule, so the id, severity and hint come
 * from the rule's {@link RuleInfo}; suppression annotations and config overrides are applied by the
 * engine, not by rules.
 */
public interface Findings {

  /** Reports at {@code node} in {@code object}; the object's ignore annotations apply. */
  void report(KubeObject object, YNode node, String message);

  /** Reports at a position outside any Kubernetes object (workflow files, dashboards, flags). */
  void report(Position position, String message);
}
