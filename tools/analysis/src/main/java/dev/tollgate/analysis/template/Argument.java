package dev.tollgate.analysis.template;

import dev.tollgate.core.Position;

/**
 * A template or Rollout argument.
 *
 * @param value null when absent
 * @param valueFrom the kind of {@code valueFrom} source ({@code secretKeyRef}, {@code fieldRef},
 *     {@code podTemplateHashValue}); null when absent. None can be read offline.
 */
public record Argument(String name, String value, String valueFrom, Position position) {

  public boolean hasValue() {
    return value != null;
  }

  public Argument withValue(String newValue) {
    return new Argument(name, newValue, null, position);
  }
}
