package dev.tollgate.rules;

import dev.tollgate.core.Position;
import java.util.List;

/**
 * A rule group of one file.
 *
 * @param intervalMillis the group's own interval, 0 when not set (promtool's test loop ignores it)
 * @param limit the group's series/alert limit per rule, 0 for none
 * @param queryOffsetMillis Prometheus 3.x {@code query_offset}: rules query (and record) that far
 *     in the past; 0 when not set
 */
public record RuleGroup(
    String file,
    String name,
    Position position,
    long intervalMillis,
    int limit,
    long queryOffsetMillis,
    List<RuleDef> rules) {

  public RuleGroup {
    rules = List.copyOf(rules);
  }
}
