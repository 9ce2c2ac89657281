package dev.tollgate.rules;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.ScalarType;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;
import dev.tollgate.core.yaml.YNode.YSeq;
import dev.tollgate.promql.PromDuration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads YAML trees the way Prometheus's strict {@code yaml.UnmarshalStrict} does (unknown fields
 * and wrong types are errors), collecting positioned diagnostics instead of stopping at the first.
 */
public final class StrictYaml {
  public static final String FORMAT_RULE = "rules-format";

  private final List<Diagnostic> diagnostics;

  public StrictYaml(List<Diagnostic> diagnostics) {
    this.diagnostics = diagnostics;
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public void error(Position at, String ruleId, String message, String hint) {
    diagnostics.add(Diagnostic.error(at, ruleId, message, hint));
  }

  /** The node as a mapping, or null (with an error) when it is something else. */
  public YMap map(YNode node, String what) {
    if (node instanceof YMap map) {
      return map;
    }
    if (node instanceof YScalar s && s.isNull()) {
      return null;
    }
    error(
        node.position(),
        FORMAT_RULE,
        what + " must be a mapping",
        "Write " + what + " as key: value pairs.");
    return null;
  }

  public List<YNode> seq(YNode node, String what) {
    if (node == null || (node instanceof YScalar s && s.isNull())) {
      return List.of();
    }
    if (node instanceof YSeq seq) {
      return seq.items();
    }
    error(
        node.position(),
        FORMAT_RULE,
        what + " must be a list",
        "Write " + what + " as a YAML list (- item).");
    return List.of();
  }

  /** Reports every key of {@code map} not in {@code allowed}, like yaml.v2's strict mode. */
  public void knownKeys(YMap map, Set<String> allowed, String typeName) {
    for (YNode.Entry entry : map.entries().values()) {
      if (!allowed.contains(entry.key())) {
        error(
            entry.keyPosition(),
            FORMAT_RULE,
            "field " + entry.key() + " not found in type " + typeName,
            "Remove the field or fix its spelling; allowed fields: "
                + String.join(", ", allowed)
                + ".");
      }
    }
  }

  /** A scalar's text (numbers and booleans as written, as yaml.v2 reads them into strings). */
  public String string(YNode node, String what) {
    if (node == null) {
      return null;
    }
    if (node instanceof YScalar s) {
      return s.isNull() ? "" : s.text();
    }
    error(
        node.position(),
        FORMAT_RULE,
        what + " must be a string",
        "Write " + what + " as a plain value.");
    return null;
  }

  /** A duration such as {@code 5m}; 0 when absent; -1 (with an error) when malformed. */
  public long duration(YNode node, String what) {
    String text = string(node, what);
    if (text == null || text.isEmpty()) {
      return 0;
    }
    try {
      return PromDuration.parseMillis(text);
    } catch (IllegalArgumentException e) {
      error(
          node.position(),
          "rules-duration",
          what + ": " + e.getMessage(),
          "Use a Prometheus duration: a number and a unit (ms, s, m, h, d, w, y), e.g. 5m or 1h30m.");
      return -1;
    }
  }

  public int integer(YNode node, String what) {
    if (node == null) {
      return 0;
    }
    if (node instanceof YScalar s && s.type() == ScalarType.INT) {
      try {
        return Integer.parseInt(s.text());
      } catch (NumberFormatException e) {
        // falls through to the error
      }
    }
    error(
        node.position(),
        FORMAT_RULE,
        what + ": cannot unmarshal " + describe(node) + " into int",
        "Write a whole number.");
    return 0;
  }

  /** A YAML float as yaml.v2 reads it: numbers, .inf, -.inf, .nan; quoted text is an error. */
  public Double number(YNode node, String what) {
    if (node instanceof YScalar s && (s.type() == ScalarType.INT || s.type() == ScalarType.FLOAT)) {
      Object v = s.toJava();
      return v instanceof Number n ? n.doubleValue() : null;
    }
    if (node instanceof YScalar s && s.isNull()) {
      return 0.0;
    }
    error(
        node.position(),
        FORMAT_RULE,
        what + ": cannot unmarshal " + describe(node) + " into float64",
        "Write a number; use .inf, -.inf or .nan for the special values.");
    return null;
  }

  /** A mapping of strings to strings (labels, annotations), in file order. */
  public Map<String, String> stringMap(YNode node, String what) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    YMap map = map(node, what);
    if (map == null) {
      return out;
    }
    for (YNode.Entry entry : map.entries().values()) {
      String value = string(entry.value(), what + " value of " + entry.key());
      if (value != null) {
        out.put(entry.key(), value);
      }
    }
    return out;
  }

  static String describe(YNode node) {
    if (node instanceof YScalar s) {
      return switch (s.type()) {
        case STRING -> "!!str `" + s.text() + "`";
        case INT -> "!!int `" + s.text() + "`";
        case FLOAT -> "!!float `" + s.text() + "`";
        case BOOL -> "!!bool `" + s.text() + "`";
        case NULL -> "!!null";
      };
    }
    return node instanceof YMap ? "!!map" : "!!seq";
  }
}
