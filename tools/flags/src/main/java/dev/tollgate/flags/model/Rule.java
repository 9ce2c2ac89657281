package dev.tollgate.flags.model;

import dev.tollgate.core.Position;
import java.util.List;

/** A variant-flag rule; its rank is its 1-based position in the file. */
public record Rule(
    List<String> segmentKeys,
    SegmentOperator operator,
    List<Distribution> distributions,
    Position position) {
  public Rule {
    segmentKeys = List.copyOf(segmentKeys);
    distributions = List.copyOf(distributions);
  }
}
