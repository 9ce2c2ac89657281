package dev.tollgate.core.yaml;

/**
 * Bounds that keep a hostile file from exhausting memory or stack: bytes per file, collection
 * aliases (billion laughs) and nesting depth.
 */
public record YamlLimits(long maxBytes, int maxAliasesForCollections, int maxDepth) {

  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  public static YamlLimits defaults() {
    return new YamlLimits(DEFAULT_MAX_BYTES, 100, 256);
  }

  public YamlLimits withMaxBytes(long bytes) {
    return new YamlLimits(bytes, maxAliasesForCollections, maxDepth);
  }
}
