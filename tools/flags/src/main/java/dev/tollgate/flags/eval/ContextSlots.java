package dev.tollgate.flags.eval;

import dev.tollgate.flags.model.Constraint;
import dev.tollgate.flags.model.Segment;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The (at most two) context properties a flag reads in several constraints, looked up once per
 * evaluation instead of once per constraint; a property several number comparisons read is also
 * parsed once. Flags usually segment on a few properties (region, plan, age) in rule after rule, so
 * this halves their map look-ups; the values travel as plain arguments so evaluating still
 * allocates nothing.
 */
final class ContextSlots {
  static final ContextSlots NONE = new ContextSlots(null, false, null, false);

  final String first;
  final boolean firstParsed;
  final String second;
  final boolean secondParsed;

  private ContextSlots(String first, boolean firstParsed, String second, boolean secondParsed) {
    this.first = first;
    this.firstParsed = firstParsed;
    this.second = second;
    this.secondParsed = secondParsed;
  }

  /** The slots for the constraints of every segment the blocks name (unknown keys skipped). */
  static ContextSlots of(Collection<List<String>> blocks, Map<String, Segment> segments) {
    Map<String, int[]> uses = new HashMap<>(); // property -> {reads, number comparisons}
    for (List<String> keys : blocks) {
      for (String key : keys) {
        Segment segment = segments.get(key);
        if (segment == null) {
          continue;
        }
        for (Constraint c : segment.constraints()) {
          ConstraintMatcher.Kind kind = ConstraintMatcher.kindOf(c);
          if (kind != ConstraintMatcher.Kind.GENERAL) {
            int[] count = uses.computeIfAbsent(c.property(), p -> new int[2]);
            count[0]++;
            count[1] += kind == ConstraintMatcher.Kind.NUMBER_COMPARE ? 1 : 0;
          }
        }
      }
    }
    String first = null;
    String second = null;
    for (Map.Entry<String, int[]> e : uses.entrySet()) {
      int reads = e.getValue()[0];
      if (reads < 2) {
        continue;
      }
      if (first == null || better(e.getKey(), reads, first, uses)) {
        second = first;
        first = e.getKey();
      } else if (second == null || better(e.getKey(), reads, second, uses)) {
        second = e.getKey();
      }
    }
    if (first == null) {
      return NONE;
    }
    return new ContextSlots(
        first.intern(),
        uses.get(first)[1] >= 2,
        second == null ? null : second.intern(),
        second != null && uses.get(second)[1] >= 2);
  }

  // more reads first; ties by name, so the choice does not depend on hash order
  private static boolean better(String p, int reads, String than, Map<String, int[]> uses) {
    int other = uses.get(than)[0];
    return reads > other || (reads == other && p.compareTo(than) < 0);
  }

  /** 0 or 1 for a slotted property, -1 otherwise. */
  int slotOf(String property) {
    if (property.equals(first)) {
      return 0;
    }
    return property.equals(second) ? 1 : -1;
  }

  boolean parsed(int slot) {
    return slot == 0 ? firstParsed : slot == 1 && secondParsed;
  }
}
