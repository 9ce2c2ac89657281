package dev.tollgate.flags.model;

import dev.tollgate.core.Position;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One flag as declared.
 *
 * @param metadata metadata values as text (numbers and booleans in their YAML spelling)
 * @param metadataPositions where each metadata value is written, for lifecycle messages
 */
public record Flag(
    String namespace,
    String key,
    String name,
    String description,
    FlagType type,
    boolean enabled,
    Map<String, String> metadata,
    Map<String, Position> metadataPositions,
    List<Variant> variants,
    List<Rule> rules,
    List<Rollout> rollouts,
    Position position) {
  public Flag {
    metadata = Map.copyOf(metadata);
    metadataPositions = Map.copyOf(metadataPositions);
    variants = List.copyOf(variants);
    rules = List.copyOf(rules);
    rollouts = List.copyOf(rollouts);
  }

  /** The variant marked {@code default: true}; Flipt keeps the last one so marked. */
  public Optional<Variant> defaultVariant() {
    Variant last = null;
    for (Variant v : variants) {
      if (v.isDefault()) {
        last = v;
      }
    }
    return Optional.ofNullable(last);
  }

  public Optional<Variant> variant(String variantKey) {
    return variants.stream().filter(v -> v.key().equals(variantKey)).findFirst();
  }

  /** Where metadata key {@code key} is written, else the flag's own position. */
  public Position metadataPosition(String key) {
    return metadataPositions.getOrDefault(key, position);
  }
}
