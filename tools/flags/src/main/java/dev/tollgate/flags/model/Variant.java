package dev.tollgate.flags.model;

import dev.tollgate.core.Position;

/**
 * A variant of a variant flag.
 *
 * @param attachment plain Java (maps, lists, strings, numbers, booleans) or null
 */
public record Variant(
    String key, String name, Object attachment, boolean isDefault, Position position) {}
