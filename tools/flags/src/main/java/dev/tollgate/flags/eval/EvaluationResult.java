package dev.tollgate.flags.eval;

import dev.tollgate.flags.model.FlagType;
import java.util.List;

/**
 * One answer, shaped as {@code tollgate flags eval} prints it (spec §8) but for the entity id,
 * which the caller has: results carry no per-call data, so the evaluator hands out shared
 * instances.
 *
 * @param variant the variant key, null where Flipt answers an empty key; null for boolean flags
 * @param enabled the boolean answer; null for variant flags
 * @param segments keys of the segments that matched (order irrelevant)
 * @param attachment the chosen variant's attachment as plain Java, or null
 */
public record EvaluationResult(
    String namespace,
    String flag,
    FlagType type,
    boolean match,
    String variant,
    Boolean enabled,
    Reason reason,
    List<String> segments,
    Object attachment) {}
