package dev.tollgate.rules;

import dev.tollgate.core.Position;
import java.util.List;

/**
 * A rule group of one file.
 *
 * @param intervalMillis the group's own interval, 0 when not set (promtool's test loop ignores it)
 * @param limit the group's series/alert limit per rule, 0 for none
 */
public record RuleGroup(
    String file,
    String name,
    Position position,
    long intervalMillis,
    int limit,
    List<RuleDef> rules) {

  public RuleGroup {
    rules = List.copyOf(rules);
  }
}
