package dev.tollgate.flags.model;

import dev.tollgate.core.Position;
import java.util.List;

public record Segment(
    String key, String name, MatchType matchType, List<Constraint> constraints, Position position) {
  public Segment {
    constraints = List.copyOf(constraints);
  }
}
