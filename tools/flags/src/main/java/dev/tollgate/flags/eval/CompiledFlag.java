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

/** A flag prepared for evaluation: segments compiled, bucket bounds computed, key hashed. */
final class CompiledFlag {
  private static final List<String> NONE = List.of();

  final String namespace;
  final String key;
  final FlagType type;
  private final boolean enabled;
  private final String defaultVariant;
  private final Object defaultAttachment;
  private final CompiledRule[] rules;
  private final CompiledRollout[] rollouts;
  private final int keyState;

  CompiledFlag(Flag flag, Map<String, Segment> segments, Engine engine) {
    this.namespace = flag.namespace();
    this.key = flag.key();
    this.type = flag.type();
    this.enabled = flag.enabled();
    Variant def = flag.defaultVariant().orElse(null);
    this.defaultVariant = def == null ? null : def.key();
    this.defaultAttachment = def == null ? null : def.attachment();
    this.rules =
        flag.rules().stream()
            .map(r -> new CompiledRule(r, flag, segments, engine))
            .toArray(CompiledRule[]::new);
    this.rollouts =
        flag.rollouts().stream()
            .map(r -> new CompiledRollout(r, segments))
            .toArray(CompiledRollout[]::new);
    this.keyState = Crc32.update(Crc32.start(), key);
  }

  EvaluationResult evaluate(String entityId, Map<String, String> context) {
    return type == FlagType.BOOLEAN
        ? evaluateBoolean(entityId, context)
        : evaluateVariant(entityId, context);
  }

  private EvaluationResult evaluateVariant(String entityId, Map<String, String> context) {
    Reason noMatch = defaultVariant != null ? Reason.DEFAULT : Reason.UNKNOWN;
    if (!enabled) {
      return variant(
          entityId, false, defaultVariant, Reason.FLAG_DISABLED, NONE, defaultAttachment);
    }
    for (CompiledRule rule : rules) {
      List<String> matched = rule.segments.match(context, entityId);
      if (matched == null) {
        continue;
      }
      if (rule.bounds.length == 0) {
        return variant(entityId, true, defaultVariant, Reason.MATCH, matched, defaultAttachment);
      }
      int bucket = (int) (Crc32.finish(Crc32.update(keyState, entityId)) % 1000);
      int i = rule.countable ? firstAbove(rule.bounds, bucket) : search(rule.bounds, bucket);
      if (i < rule.bounds.length) {
        return variant(
            entityId, true, rule.variantKeys[i], Reason.MATCH, matched, rule.attachments[i]);
      }
      // past the last bound (only under the v1 maths): no variant, and no later rule is tried
      return variant(entityId, false, defaultVariant, noMatch, matched, defaultAttachment);
    }
    return variant(entityId, false, defaultVariant, noMatch, NONE, defaultAttachment);
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
      String entityId,
      boolean match,
      String variant,
      Reason reason,
      List<String> segments,
      Object attachment) {
    return new EvaluationResult(
        namespace,
        key,
        entityId,
        FlagType.VARIANT,
        match,
        variant,
        null,
        reason,
        segments,
        attachment);
  }

  private EvaluationResult evaluateBoolean(String entityId, Map<String, String> context) {
    for (CompiledRollout rollout : rollouts) {
      if (rollout.segments == null) {
        long hash = Crc32.finish(Crc32.update(Crc32.update(Crc32.start(), entityId), key));
        if ((float) (hash % 100) < rollout.percentage) {
          return bool(entityId, rollout.value, Reason.MATCH, NONE);
        }
      } else {
        List<String> matched = rollout.segments.match(context, entityId);
        if (matched != null) {
          return bool(entityId, rollout.value, Reason.MATCH, matched);
        }
      }
    }
    return bool(entityId, enabled, Reason.DEFAULT, NONE);
  }

  private EvaluationResult bool(
      String entityId, boolean value, Reason reason, List<String> segments) {
    return new EvaluationResult(
        namespace,
        key,
        entityId,
        FlagType.BOOLEAN,
        reason == Reason.MATCH,
        null,
        value,
        reason,
        segments,
        null);
  }

  private static final class CompiledRule {
    final CompiledSegments segments;
    final int[] bounds;
    final boolean countable;
    final String[] variantKeys;
    final Object[] attachments;

    CompiledRule(Rule rule, Flag flag, Map<String, Segment> defs, Engine engine) {
      this.segments = new CompiledSegments(rule.segmentKeys(), rule.operator(), defs);
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
    }
  }

  private static final class CompiledRollout {
    final CompiledSegments segments;
    final float percentage;
    final boolean value;

    CompiledRollout(Rollout rollout, Map<String, Segment> defs) {
      this.segments =
          rollout.threshold()
              ? null
              : new CompiledSegments(rollout.segmentKeys(), rollout.operator(), defs);
      this.percentage = rollout.percentage();
      this.value = rollout.value();
    }
  }
}
