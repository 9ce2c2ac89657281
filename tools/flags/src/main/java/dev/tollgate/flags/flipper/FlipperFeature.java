package dev.tollgate.flags.flipper;

import java.util.Set;

/**
 * One feature of a Flipper JSON v1 export ({@code Flipper::Exporters::Json::V1}); gate values are
 * kept as the strings Flipper stores.
 *
 * @param booleanGate the boolean gate's stored value, or null
 * @param percentageOfActors the stored percentage text, or null
 * @param percentageOfTime the stored percentage text, or null
 * @param expression the expression gate's JSON as plain Java (Map, List, String, Long, Double,
 *     Boolean), or null when unset; see {@link FlipperExpression}
 */
public record FlipperFeature(
    String name,
    String booleanGate,
    Set<String> actors,
    Set<String> groups,
    String percentageOfActors,
    String percentageOfTime,
    Object expression) {
  public FlipperFeature {
    actors = Set.copyOf(actors);
    groups = Set.copyOf(groups);
  }
}
