package dev.tollgate.flags.eval;

import dev.tollgate.flags.model.MatchType;
import dev.tollgate.flags.model.Segment;
import dev.tollgate.flags.model.SegmentOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The segment block of a rule or rollout: its segments, how they combine, and the list of matched
 * keys for every possible subset, built once so a match reports its segments without allocating. A
 * matched subset is answered as a bit mask, so callers can index results built ahead by it.
 */
final class CompiledSegments {
  private static final int PRECOMPUTED_MAX = 6;
  private static final List<String> NONE = List.of();

  private final String[] keys;
  private final boolean[] matchAll;
  private final ConstraintMatcher[][] constraints;
  private final boolean and;
  private final List<String>[] keysByMask;

  CompiledSegments(
      List<String> segmentKeys,
      SegmentOperator operator,
      Map<String, Segment> defs,
      ContextSlots slots) {
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
              .map(c -> new ConstraintMatcher(c, slots))
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

  /**
   * Whether {@link #matchMask} answers: up to {@value #PRECOMPUTED_MAX} segments, whose every
   * subset has its key list (and its results, in {@link CompiledFlag}) built ahead.
   */
  boolean masked() {
    return keysByMask.length > 0;
  }

  int size() {
    return keys.length;
  }

  /**
   * The bit set of matched segments when the block matches, else -1; only when {@link #masked}. The
   * values in between are the flag's {@link ContextSlots}, as {@link ConstraintMatcher#matches}
   * takes them.
   */
  int matchMask(
      Map<String, String> context,
      String first,
      double firstNumber,
      String second,
      double secondNumber,
      String entityId) {
    // one segment per rule is the common shape: AND and OR then both mean "this segment matches"
    if (keys.length == 1) {
      return segmentMatches(0, context, first, firstNumber, second, secondNumber, entityId)
          ? 1
          : -1;
    }
    int mask = 0;
    int matched = 0;
    for (int i = 0; i < keys.length; i++) {
      if (segmentMatches(i, context, first, firstNumber, second, secondNumber, entityId)) {
        mask |= 1 << i;
        matched++;
      }
    }
    return accepts(matched) ? mask : -1;
  }

  /** The keys of the segments in {@code mask}; only when {@link #masked}. */
  List<String> keys(int mask) {
    return keysByMask[mask];
  }

  /** The matched keys when the block matches, else null: for blocks too large to be masked. */
  List<String> matchListed(
      Map<String, String> context,
      String first,
      double firstNumber,
      String second,
      double secondNumber,
      String entityId) {
    List<String> hit = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      if (segmentMatches(i, context, first, firstNumber, second, secondNumber, entityId)) {
        hit.add(keys[i]);
      }
    }
    return accepts(hit.size()) ? List.copyOf(hit) : null;
  }

  private boolean accepts(int matched) {
    return and ? matched == keys.length : matched >= 1;
  }

  // No constraint has side effects, so both match types stop at the first decisive constraint:
  // a failing one under ALL, a matching one under ANY. One loop serves both, so the JIT inlines the
  // constraint check once and this method into its caller.
  private boolean segmentMatches(
      int i,
      Map<String, String> context,
      String first,
      double firstNumber,
      String second,
      double secondNumber,
      String entityId) {
    ConstraintMatcher[] cs = constraints[i];
    if (cs == null) {
      return false;
    }
    boolean all = matchAll[i];
    for (ConstraintMatcher c : cs) {
      if (c.matches(context, first, firstNumber, second, secondNumber, entityId) != all) {
        return !all;
      }
    }
    return all || cs.length == 0;
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
