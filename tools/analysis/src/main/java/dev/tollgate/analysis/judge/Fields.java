package dev.tollgate.analysis.judge;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;
import dev.tollgate.core.yaml.YNode.YSeq;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Typed, positioned reads from judge YAML; every mistake is an {@link InputException}. */
final class Fields {
  private final String ruleId;

  Fields(String ruleId) {
    this.ruleId = ruleId;
  }

  InputException error(Position position, String message, String hint) {
    return new InputException(Diagnostic.error(position, ruleId, message, hint));
  }

  YMap map(YNode node, String what) {
    if (node instanceof YMap map) {
      return map;
    }
    throw error(
        node.position(), what + " must be a mapping", "Write " + what + " as key: value pairs.");
  }

  /** Rejects keys outside {@code allowed}, so a typo never silently means "use the default". */
  void onlyKeys(YMap map, String what, Set<String> allowed) {
    for (YNode.Entry entry : map.entries().values()) {
      if (!allowed.contains(entry.key())) {
        throw error(
            entry.keyPosition(),
            "unknown field \"" + entry.key() + "\" in " + what,
            "Use one of: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ".");
      }
    }
  }

  String string(YMap map, String key, String fallback) {
    YNode node = map.child(key);
    if (node == null || (node instanceof YScalar s && s.isNull())) {
      return fallback;
    }
    if (node instanceof YScalar scalar) {
      return scalar.text();
    }
    throw error(node.position(), "\"" + key + "\" must be a single value", "Write it as a string.");
  }

  String choice(YMap map, String key, String fallback, Set<String> allowed) {
    String value = string(map, key, fallback);
    if (!allowed.contains(value.toLowerCase(Locale.ROOT))) {
      throw error(
          map.get(key).map(YNode::position).orElse(map.position()),
          "\"" + key + "\" is \"" + value + "\", not one of " + String.join("|", allowed),
          "Use one of " + String.join(", ", allowed) + ".");
    }
    return value.toLowerCase(Locale.ROOT);
  }

  boolean bool(YMap map, String key) {
    YNode node = map.child(key);
    if (node == null) {
      return false;
    }
    if (node instanceof YScalar s && s.toJava() instanceof Boolean b) {
      return b;
    }
    throw error(node.position(), "\"" + key + "\" must be true or false", "Write true or false.");
  }

  double number(YMap map, String key, double fallback) {
    YNode node = map.child(key);
    if (node == null || (node instanceof YScalar s && s.isNull())) {
      return fallback;
    }
    return number(node, "\"" + key + "\"");
  }

  double number(YNode node, String what) {
    if (node instanceof YScalar s) {
      Object value = s.toJava();
      if (value instanceof Number n) {
        return n.doubleValue();
      }
      if (value instanceof String text && text.equalsIgnoreCase("nan")) {
        return Double.NaN;
      }
    }
    throw error(
        node.position(), what + " must be a number", "Write a number such as 0.5 (or NaN).");
  }

  List<YNode> list(YMap map, String key) {
    YNode node = map.child(key);
    if (node == null) {
      return List.of();
    }
    if (node instanceof YSeq seq) {
      return seq.items();
    }
    throw error(node.position(), "\"" + key + "\" must be a list", "Write it as a YAML list.");
  }
}
