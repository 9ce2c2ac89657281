package dev.tollgate.flags.model;

/**
 * Flipt's two flag types, spelled {@code VARIANT_FLAG_TYPE} / {@code BOOLEAN_FLAG_TYPE} in files.
 */
public enum FlagType {
  VARIANT,
  BOOLEAN;

  public String fileName() {
    return name() + "_FLAG_TYPE";
  }
}
