package dev.tollgate.flags.model;

import dev.tollgate.core.Position;

/** A share of a rule's entities for one variant; Flipt keeps the rollout as a float32 percent. */
public record Distribution(String variantKey, float rollout, Position position) {}
