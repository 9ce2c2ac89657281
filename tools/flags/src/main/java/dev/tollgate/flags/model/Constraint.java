package dev.tollgate.flags.model;

import dev.tollgate.core.Position;

/**
 * One segment constraint. {@code value} is the text Flipt stores; YAML lists given for {@code
 * isoneof} (format 1.6) are already re-serialised to a JSON array string.
 */
public record Constraint(
    ComparisonType type, String property, String operator, String value, Position position) {}
