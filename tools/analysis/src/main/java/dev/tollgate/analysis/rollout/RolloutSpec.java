package dev.tollgate.analysis.rollout;

import dev.tollgate.core.Position;
import java.util.List;

/**
 * A Rollout's canary strategy.
 *
 * @param background the {@code canary.analysis} section; null when absent
 */
public record RolloutSpec(
    String name, List<CanaryStep> steps, CanaryStep.Analysis background, Position position) {}
