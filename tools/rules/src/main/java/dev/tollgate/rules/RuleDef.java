package dev.tollgate.rules;

import dev.tollgate.core.Position;
import java.util.Map;

/**
 * One rule of a rule group, as written (templates unexpanded).
 *
 * @param alert true for an alerting rule, false for a recording rule
 * @param name the {@code alert} or {@code record} name
 * @param exprPosition where the expression's text starts, for positioned errors
 */
public record RuleDef(
    boolean alert,
    String name,
    Position position,
    String expr,
    Position exprPosition,
    long forMillis,
    long keepFiringForMillis,
    Map<String, String> labels,
    Map<String, String> annotations) {

  public RuleDef {
    labels = Map.copyOf(labels);
    annotations = Map.copyOf(annotations);
  }

  public String kind() {
    return alert ? "alert" : "record";
  }
}
