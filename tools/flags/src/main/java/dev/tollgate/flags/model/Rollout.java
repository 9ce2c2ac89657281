package dev.tollgate.flags.model;

import dev.tollgate.core.Position;
import java.util.List;

/**
 * A boolean-flag rollout: either a threshold (a percentage of entities) or a segment match.
 *
 * @param segmentKeys empty for a threshold rollout
 */
public record Rollout(
    boolean threshold,
    float percentage,
    List<String> segmentKeys,
    SegmentOperator operator,
    boolean value,
    Position position) {
  public Rollout {
    segmentKeys = List.copyOf(segmentKeys);
  }

  public static Rollout threshold(float percentage, boolean value, Position position) {
    return new Rollout(true, percentage, List.of(), SegmentOperator.OR, value, position);
  }

  public static Rollout segment(
      List<String> keys, SegmentOperator operator, boolean value, Position position) {
    return new Rollout(false, 0f, keys, operator, value, position);
  }
}
