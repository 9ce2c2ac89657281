package dev.tollgate.promql.ast;

import java.util.List;

/**
 * How the two sides of a binary operation are matched.
 *
 * @param on true for {@code on(...)}, false for {@code ignoring(...)} (or no clause)
 * @param include labels copied from the "one" side by group_left/group_right
 * @param fillLeft value standing in for a missing left-hand sample ({@code fill_left}), or null
 * @param fillRight value standing in for a missing right-hand sample ({@code fill_right}), or null
 */
public record VectorMatching(
    Cardinality card,
    List<String> matchingLabels,
    boolean on,
    List<String> include,
    Double fillLeft,
    Double fillRight) {
  public enum Cardinality {
    ONE_TO_ONE,
    MANY_TO_ONE,
    ONE_TO_MANY,
    MANY_TO_MANY
  }
}
