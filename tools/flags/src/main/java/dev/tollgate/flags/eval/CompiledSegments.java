package dev.tollgate.flags.eval;

import dev.tollgate.flags.model.MatchType;
import dev.tollgate.flags.model.Segment;
import dev.tollgate.flags.model.SegmentOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The segment block of a rule or rollout: its segments, how they combine, and the list of matched
 * keys for every possible subset, built once so a match reports its segments without allocating.
 */
final class CompiledSegments {
  private static final int PRECOMPUTED_MAX = 6;
  private static final List<String> NONE = List.of();

  private final String[] keys;
  private final boolean[] matchAll;
  private final ConstraintMatcher[][] constraints;
  private final boolean and;
  private final List<String>[] keysByMask;

  CompiledSegments(List<String> segmentKeys, SegmentOperator operator, Map<String, Segment> defs) {
    int n = segmentKeys.size();
    this.keys = segmentKeys.toArray(new String[0]);
    this.matchAll = new boolean[n];
    this.constraints = new ConstraintMatcher[n][];
    for (int i = 0; i < n; i++) {
      Segment segment = defs.get(keys[i]);
      if (segment == null) {
        // an unknown segment fails validation; if evaluated anyway it never matches
        matchAll[i] = true;
        constraints[i] = null;
        continue;
      }
      matchAll[i] = segment.matchType() == MatchType.ALL;
      constraints[i] =
          segment.constraints().stream()
              .map(ConstraintMatcher::new)
              .toArray(ConstraintMatcher[]::new);
    }
    this.and = operator == SegmentOperator.AND;
    @SuppressWarnings({"unchecked", "rawtypes"}) // generic array creation
    List<String>[] lists = new List[n <= PRECOMPUTED_MAX ? 1 << n : 0];
    for (int mask = 0; mask < lists.length; mask++) {
      lists[mask] = keysOf(mask);
    }
    this.keysByMask = lists;
  }

  /** The matched keys when the block matches, else null. */
  List<String> match(Map<String, String> context, String entityId) {
    // one segment per rule is the common shape: AND and OR then both mean "this segment matches"
    if (keys.length == 1) {
      return segmentMatches(0, context, entityId) ? keysByMask[1] : null;
    }
    return keysByMask.length > 0 ? matchMasked(context, entityId) : matchListed(context, entityId);
  }

  private List<String> matchMasked(Map<String, String> context, String entityId) {
    int mask = 0;
    int matched = 0;
    for (int i = 0; i < keys.length; i++) {
      if (segmentMatches(i, context, entityId)) {
        mask |= 1 << i;
        matched++;
      }
    }
    return accepts(matched) ? keysByMask[mask] : null;
  }

  private List<String> matchListed(Map<String, String> context, String entityId) {
    List<String> hit = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      if (segmentMatches(i, context, entityId)) {
        hit.add(keys[i]);
      }
    }
    return accepts(hit.size()) ? List.copyOf(hit) : null;
  }

  private boolean accepts(int matched) {
    return and ? matched == keys.length : matched >= 1;
  }

  // no constraint has side effects, so both match types may stop at the first decisive one
  private boolean segmentMatches(int i, Map<String, String> context, String entityId) {
    ConstraintMatcher[] cs = constraints[i];
    if (cs == null) {
      return false;
    }
    if (matchAll[i]) {
      for (ConstraintMatcher c : cs) {
        if (!c.matches(context, entityId)) {
          return false;
        }
      }
      return true;
    }
    for (ConstraintMatcher c : cs) {
      if (c.matches(context, entityId)) {
        return true;
      }
    }
    return cs.length == 0;
  }

  private List<String> keysOf(int mask) {
    if (mask == 0) {
      return NONE;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      if ((mask & (1 << i)) != 0) {
        out.add(keys[i]);
      }
    }
    return List.copyOf(out);
  }
}
