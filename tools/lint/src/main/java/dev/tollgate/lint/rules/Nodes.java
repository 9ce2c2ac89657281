package dev.tollgate.lint.rules;

import dev.tollgate.core.yaml.ScalarType;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Small readers over {@link YNode} trees shared by the rules. */
public final class Nodes {
  private Nodes() {}

  /** The node's integer value when it is an int scalar (quoted digits count too). */
  public static OptionalLong asLong(YNode node) {
    if (node instanceof YScalar s && !s.isNull()) {
      String text = s.text().trim();
      if (text.matches("[-+]?[0-9]+")) {
        try {
          return OptionalLong.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
          return OptionalLong.empty();
        }
      }
    }
    return OptionalLong.empty();
  }

  public static OptionalLong longAt(YNode node, String... path) {
    return node.get(path).map(Nodes::asLong).orElse(OptionalLong.empty());
  }

  /** True only for a boolean scalar {@code true}. */
  public static boolean isTrue(YNode node, String... path) {
    return node.get(path)
        .filter(YScalar.class::isInstance)
        .map(YScalar.class::cast)
        .filter(s -> s.type() == ScalarType.BOOL && s.text().equalsIgnoreCase("true"))
        .isPresent();
  }

  /** Non-empty scalar text at {@code path}. */
  public static Optional<String> nonEmptyText(YNode node, String... path) {
    return node.text(path).filter(t -> !t.isBlank());
  }

  /** The items at {@code path} that are mappings. */
  public static List<YMap> maps(YNode node, String... path) {
    List<YMap> out = new ArrayList<>();
    for (YNode item : node.items(path)) {
      if (item instanceof YMap m) {
        out.add(m);
      }
    }
    return out;
  }

  /** Whether the node at {@code path} exists and is not an explicit null. */
  public static boolean present(YNode node, String... path) {
    return node.get(path).filter(n -> !(n instanceof YScalar s && s.isNull())).isPresent();
  }

  /** Scalar text of {@code node} or empty if it is not a scalar. */
  public static String scalarText(YNode node) {
    return node instanceof YScalar s && !s.isNull() ? s.text() : "";
  }

  /**
   * A stand-in node at {@code key}'s position in {@code parent}, for reporting at a key whose value
   * lacks something (block values start on the next line, keys do not). Falls back to {@code
   * parent} when the key is absent.
   */
  public static YNode keyOf(YMap parent, String key) {
    if (!parent.has(key)) {
      return parent;
    }
    return new YScalar(parent.keyPosition(key), key, ScalarType.STRING, true);
  }

  /** A stand-in node at {@code position}, for findings inside a scalar's text. */
  public static YNode at(dev.tollgate.core.Position position) {
    return new YScalar(position, "", ScalarType.STRING, true);
  }
}
