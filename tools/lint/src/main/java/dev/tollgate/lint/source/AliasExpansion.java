package dev.tollgate.lint.source;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.yaml.YNode;
import java.util.IdentityHashMap;
import java.util.Optional;

/**
 * Bounds what aliases expand to. The loader caps the number of aliases, but a few dozen aliases
 * nested nine deep still expand to hundreds of millions of nodes ("billion laughs"); the trees
 * share aliased nodes, so parsing is cheap, but anything that walks the expansion (schema
 * validation, rules) would not be. Counting expanded nodes is linear thanks to memoization.
 */
final class AliasExpansion {
  /** Far above any real manifest, far below what exhausts memory. */
  static final long MAX_EXPANDED_NODES = 1_000_000;

  private AliasExpansion() {}

  static Optional<Diagnostic> check(YNode document) {
    // fast path: a plain walk that gives up past the bound; only documents that reach it (alias
    // bombs, or files with a million distinct nodes) pay for the memoized count
    if (countUpTo(document, MAX_EXPANDED_NODES) <= MAX_EXPANDED_NODES) {
      return Optional.empty();
    }
    IdentityHashMap<YNode, Long> sizes = new IdentityHashMap<>();
    long expanded = size(document, sizes);
    if (expanded <= MAX_EXPANDED_NODES || expanded <= 10L * sizes.size()) {
      return Optional.empty();
    }
    return Optional.of(
        Diagnostic.error(
            document.position(),
            "yaml-alias-limit",
            "aliases expand this document to more than "
                + MAX_EXPANDED_NODES
                + " nodes (it has "
                + sizes.size()
                + "); this looks like an alias bomb",
            "Write the repeated structure out, or use fewer anchors."));
  }

  /** Nodes in the expansion of {@code node}, counting stops soon after {@code limit}. */
  private static long countUpTo(YNode node, long limit) {
    long count = 1;
    if (node instanceof YNode.YMap map) {
      for (YNode.Entry entry : map.entries().values()) {
        count += countUpTo(entry.value(), limit - count);
        if (count > limit) {
          return count;
        }
      }
    } else if (node instanceof YNode.YSeq seq) {
      for (YNode item : seq.items()) {
        count += countUpTo(item, limit - count);
        if (count > limit) {
          return count;
        }
      }
    }
    return count;
  }

  private static long size(YNode node, IdentityHashMap<YNode, Long> sizes) {
    Long known = sizes.get(node);
    if (known != null) {
      return known;
    }
    long size = 1;
    if (node instanceof YNode.YMap map) {
      for (YNode.Entry entry : map.entries().values()) {
        size = saturatedAdd(size, size(entry.value(), sizes));
      }
    } else if (node instanceof YNode.YSeq seq) {
      for (YNode item : seq.items()) {
        size = saturatedAdd(size, size(item, sizes));
      }
    }
    sizes.put(node, size);
    return size;
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }
}
