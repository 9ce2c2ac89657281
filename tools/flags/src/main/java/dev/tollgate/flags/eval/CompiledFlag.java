package dev.tollgate.flags.eval;

import dev.tollgate.flags.model.Distribution;
import dev.tollgate.flags.model.Flag;
import dev.tollgate.flags.model.FlagType;
import dev.tollgate.flags.model.Rollout;
import dev.tollgate.flags.model.Rule;
import dev.tollgate.flags.model.Segment;
import dev.tollgate.flags.model.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A flag prepared for evaluation: segments compiled, bucket bounds computed, key hashed, and every
 * answer it can give built ahead, so evaluating returns a shared result and allocates nothing.
 */
final class CompiledFlag {
  private static final List<String> NONE = List.of();
  // beyond this many results per rule or rollout the rare answers are built when asked for
  private static final int RESULTS_MAX = 4096;

  final String namespace;
  final String key;
  final FlagType type;
  private final boolean enabled;
  private final String defaultVariant;
  private final Object defaultAttachment;
  private final Reason noMatch;
  private final CompiledRule[] rules;
  private final CompiledRollout[] rollouts;
  private final int keyState;
  private final ContextSlots slots;
  private final EvaluationResult disabled;
  private final EvaluationResult unmatched;

  CompiledFlag(Flag flag, Map<String, Segment> segments, Engine engine) {
    this.namespace = flag.namespace();
    this.key = flag.key();
    this.type = flag.type();
    this.enabled = flag.enabled();
    Variant def = flag.defaultVariant().orElse(null);
    this.defaultVariant = def == null ? null : def.key();
    this.defaultAttachment = def == null ? null : def.attachment();
    this.noMatch = defaultVariant != null ? Reason.DEFAULT : Reason.UNKNOWN;
    this.keyState = Crc32.update(Crc32.start(), key);
    List<List<String>> blocks = new ArrayList<>();
    flag.rules().forEach(r -> blocks.add(r.segmentKeys()));
    flag.rollouts().forEach(r -> blocks.add(r.segmentKeys()));
    this.slots = ContextSlots.of(blocks, segments);
    if (type == FlagType.BOOLEAN) {
      this.disabled = null;
      this.unmatched = bool(enabled, Reason.DEFAULT, NONE);
    } else {
      this.disabled = variant(false, defaultVariant, Reason.FLAG_DISABLED, NONE, defaultAttachment);
      this.unmatched = variant(false, defaultVariant, noMatch, NONE, defaultAttachment);
    }
    this.rules =
        flag.rules().stream()
            .map(r -> new CompiledRule(r, flag, segments, engine))
            .toArray(CompiledRule[]::new);
    this.rollouts =
        flag.rollouts().stream()
            .map(r -> new CompiledRollout(r, segments))
            .toArray(CompiledRollout[]::new);
  }

  EvaluationResult evaluate(String entityId, Map<String, String> context) {
    return type == FlagType.BOOLEAN
        ? evaluateBoolean(entityId, context)
        : evaluateVariant(entityId, context);
  }

  private EvaluationResult evaluateVariant(String entityId, Map<String, String> context) {
    if (!enabled) {
      return disabled;
    }
    String first = slots.first == null ? null : context.get(slots.first);
    String second = slots.second == null ? null : context.get(slots.second);
    double firstNumber = parsed(slots.firstParsed, first);
    double secondNumber = parsed(slots.secondParsed, second);
    for (CompiledRule rule : rules) {
      int mask = -1;
      List<String> matched = null;
      if (rule.segments.masked()) {
        mask = rule.segments.matchMask(context, first, firstNumber, second, secondNumber, entityId);
        if (mask < 0) {
          continue;
        }
      } else {
        matched =
            rule.segments.matchListed(context, first, firstNumber, second, secondNumber, entityId);
        if (matched == null) {
          continue;
        }
      }
      int[] bounds = rule.bounds;
      int outcome = 0;
      if (bounds.length > 0) {
        int bucket = (int) (Crc32.finish(Crc32.update(keyState, entityId)) % 1000);
        // past the last bound (only under the v1 maths) is outcome bounds.length: no variant, and
        // no later rule is tried
        outcome = rule.countable ? firstAbove(bounds, bucket) : search(bounds, bucket);
      }
      return mask >= 0 ? rule.result(mask, outcome) : rule.result(matched, outcome);
    }
    return unmatched;
  }

  private static double parsed(boolean wanted, String value) {
    return wanted && value != null ? GoValues.parseFloat(value) : GoValues.INVALID;
  }

  /**
   * Index of the first bound above {@code bucket} (0..999), {@code bounds.length} if none, for
   * {@link #countable} bounds: it is then the number of bounds at or below the bucket, counted
   * without a branch. The bucket is random, so a search loop mispredicts on about every other
   * evaluation (≈ 10 ns each in the JMH benchmark).
   */
  static int firstAbove(int[] bounds, int bucket) {
    int below = 0;
    for (int bound : bounds) {
      below += (bound - bucket - 1) >>> 31; // 1 when bound <= bucket
    }
    return below;
  }

  /**
   * Bounds never decrease ({@link Engine#bounds} adds non-negative widths) and none is so negative
   * that {@code bound - bucket - 1} overflows. Only absurd rollouts (a V1 sum past 2^31) fail this.
   */
  static boolean countable(int[] bounds) {
    for (int k = 0; k < bounds.length; k++) {
      if (bounds[k] < -1_000_000 || (k > 0 && bounds[k] < bounds[k - 1])) {
        return false;
      }
    }
    return true;
  }

  /** The first bound above {@code bucket} by a plain search: the reference for the other two. */
  static int search(int[] bounds, int bucket) {
    for (int i = 0; i < bounds.length; i++) {
      if (bounds[i] > bucket) {
        return i;
      }
    }
    return bounds.length;
  }

  private EvaluationResult variant(
      boolean match, String variant, Reason reason, List<String> segments, Object attachment) {
    return new EvaluationResult(
        namespace, key, FlagType.VARIANT, match, variant, null, reason, segments, attachment);
  }

  private EvaluationResult evaluateBoolean(String entityId, Map<String, String> context) {
    String first = slots.first == null ? null : context.get(slots.first);
    String second = slots.second == null ? null : context.get(slots.second);
    double firstNumber = parsed(slots.firstParsed, first);
    double secondNumber = parsed(slots.secondParsed, second);
    for (CompiledRollout rollout : rollouts) {
      if (rollout.segments == null) {
        long hash = Crc32.finish(Crc32.update(Crc32.update(Crc32.start(), entityId), key));
        if ((float) (hash % 100) < rollout.percentage) {
          return rollout.results[0];
        }
      } else if (rollout.segments.masked()) {
        int mask =
            rollout.segments.matchMask(context, first, firstNumber, second, secondNumber, entityId);
        if (mask >= 0) {
          return mask < rollout.results.length
              ? rollout.results[mask]
              : bool(rollout.value, Reason.MATCH, rollout.segments.keys(mask));
        }
      } else {
        List<String> matched =
            rollout.segments.matchListed(
                context, first, firstNumber, second, secondNumber, entityId);
        if (matched != null) {
          return bool(rollout.value, Reason.MATCH, matched);
        }
      }
    }
    return unmatched;
  }

  private EvaluationResult bool(boolean value, Reason reason, List<String> segments) {
    return new EvaluationResult(
        namespace,
        key,
        FlagType.BOOLEAN,
        reason == Reason.MATCH,
        null,
        value,
        reason,
        segments,
        null);
  }

  /** Results of every matched-segment subset, {@code width} outcomes per subset, or none. */
  private static EvaluationResult[] table(
      CompiledSegments segments,
      int width,
      BiFunction<List<String>, Integer, EvaluationResult> at) {
    if (!segments.masked() || (width << segments.size()) > RESULTS_MAX) {
      return new EvaluationResult[0];
    }
    EvaluationResult[] out = new EvaluationResult[width << segments.size()];
    for (int mask = 0; mask < 1 << segments.size(); mask++) {
      for (int outcome = 0; outcome < width; outcome++) {
        out[mask * width + outcome] = at.apply(segments.keys(mask), outcome);
      }
    }
    return out;
  }

  private final class CompiledRule {
    final CompiledSegments segments;
    final int[] bounds;
    final boolean countable;
    final String[] variantKeys;
    final Object[] attachments;

    /** Outcomes per matched subset: one per bound, then "past the last bound"; 1 if no bounds. */
    final int width;

    final EvaluationResult[] results;

    CompiledRule(Rule rule, Flag flag, Map<String, Segment> defs, Engine engine) {
      List<Distribution> positive = new ArrayList<>();
      for (Distribution d : rule.distributions()) {
        if (d.rollout() > 0) {
          positive.add(d);
        }
      }
      float[] rollouts = new float[positive.size()];
      this.variantKeys = new String[positive.size()];
      this.attachments = new Object[positive.size()];
      for (int i = 0; i < rollouts.length; i++) {
        Distribution d = positive.get(i);
        rollouts[i] = d.rollout();
        variantKeys[i] = d.variantKey();
        attachments[i] = flag.variant(d.variantKey()).map(Variant::attachment).orElse(null);
      }
      this.bounds = engine.bounds(rollouts);
      this.countable = countable(bounds);
      this.width = bounds.length == 0 ? 1 : bounds.length + 1;
      CompiledSegments compiled =
          new CompiledSegments(rule.segmentKeys(), rule.operator(), defs, slots);
      this.segments = compiled;
      this.results = table(compiled, width, this::result);
    }

    EvaluationResult result(int mask, int outcome) {
      int slot = mask * width + outcome;
      return slot < results.length ? results[slot] : result(segments.keys(mask), outcome);
    }

    EvaluationResult result(List<String> matched, int outcome) {
      if (bounds.length == 0) {
        return variant(true, defaultVariant, Reason.MATCH, matched, defaultAttachment);
      }
      if (outcome < bounds.length) {
        return variant(true, variantKeys[outcome], Reason.MATCH, matched, attachments[outcome]);
      }
      return variant(false, defaultVariant, noMatch, matched, defaultAttachment);
    }
  }

  private final class CompiledRollout {
    final CompiledSegments segments;
    final float percentage;
    final boolean value;

    /** Threshold rollouts: the one hit; segment rollouts: the hit per matched subset. */
    final EvaluationResult[] results;

    CompiledRollout(Rollout rollout, Map<String, Segment> defs) {
      this.percentage = rollout.percentage();
      this.value = rollout.value();
      if (rollout.threshold()) {
        this.segments = null;
        this.results = new EvaluationResult[] {bool(value, Reason.MATCH, NONE)};
      } else {
        this.segments =
            new CompiledSegments(rollout.segmentKeys(), rollout.operator(), defs, slots);
        this.results = table(segments, 1, (keys, outcome) -> bool(value, Reason.MATCH, keys));
      }
    }
  }
}
