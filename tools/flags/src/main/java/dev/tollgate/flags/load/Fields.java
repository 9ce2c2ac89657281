package dev.tollgate.flags.load;

import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.ScalarType;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;
import dev.tollgate.core.yaml.YNode.YSeq;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed access to a YAML mapping with schema diagnostics: Flipt's CUE definitions are closed, so
 * unknown keys, wrong types and missing required keys are errors (rule {@code flag-schema}).
 */
final class Fields {
  static final String SCHEMA = "flag-schema";

  private final YMap map;
  private final String what;
  private final Findings findings;

  private Fields(YMap map, String what, Findings findings) {
    this.map = map;
    this.what = what;
    this.findings = findings;
  }

  /** Wraps {@code node} when it is a mapping; reports and returns empty otherwise. */
  static Optional<Fields> of(YNode node, String what, Findings findings) {
    if (node instanceof YMap m) {
      return Optional.of(new Fields(m, what, findings));
    }
    findings.error(
        node.position(),
        SCHEMA,
        what + " must be a mapping",
        "Write " + what + " as key: value pairs.");
    return Optional.empty();
  }

  YMap map() {
    return map;
  }

  Position position() {
    return map.position();
  }

  Position keyPosition(String key) {
    return map.keyPosition(key);
  }

  boolean has(String key) {
    return map.has(key) && !isNull(map.child(key));
  }

  YNode node(String key) {
    return map.child(key);
  }

  void closed(Set<String> allowed) {
    for (YNode.Entry entry : map.entries().values()) {
      if (!allowed.contains(entry.key())) {
        findings.error(
            entry.keyPosition(),
            SCHEMA,
            "unknown field \"" + entry.key() + "\" in " + what,
            "Flipt's schema is closed; allowed here: " + String.join(", ", sorted(allowed)) + ".");
      }
    }
  }

  /** A required string; reports missing/empty/non-string. */
  Optional<String> requiredString(String key) {
    if (!has(key)) {
      findings.error(
          map.position(),
          SCHEMA,
          what + " has no \"" + key + "\"",
          "Add " + key + ": it is required by Flipt's schema.");
      return Optional.empty();
    }
    Optional<String> value = optionalString(key);
    if (value.isPresent() && value.get().isEmpty()) {
      findings.error(
          map.child(key).position(),
          SCHEMA,
          what + " \"" + key + "\" is empty",
          "Give " + key + " a non-empty value.");
      return Optional.empty();
    }
    return value;
  }

  /** An optional string: a scalar that the YAML 1.2 core schema reads as a string. */
  Optional<String> optionalString(String key) {
    YNode node = map.child(key);
    if (node == null || isNull(node)) {
      return Optional.empty();
    }
    if (node instanceof YScalar s && s.type() == ScalarType.STRING) {
      return Optional.of(s.text());
    }
    findings.error(
        node.position(),
        SCHEMA,
        what + " \"" + key + "\" must be a string",
        node instanceof YScalar scalar
            ? "Quote the value: " + key + ": \"" + scalar.text() + "\"."
            : "Write a single text value.");
    return Optional.empty();
  }

  Optional<Boolean> optionalBool(String key) {
    YNode node = map.child(key);
    if (node == null || isNull(node)) {
      return Optional.empty();
    }
    if (node instanceof YScalar s && s.type() == ScalarType.BOOL) {
      return Optional.of(Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT)));
    }
    String hint =
        node instanceof YScalar s && s.plain() && ScalarType.isYaml11Ambiguous(s.text())
            ? "\""
                + s.text()
                + "\" is a boolean only in YAML 1.1; Flipt's schema reads it as text. Write true or"
                + " false."
            : "Write true or false.";
    findings.error(node.position(), SCHEMA, what + " \"" + key + "\" must be a boolean", hint);
    return Optional.empty();
  }

  Optional<Double> optionalNumber(String key) {
    YNode node = map.child(key);
    if (node == null || isNull(node)) {
      return Optional.empty();
    }
    if (node instanceof YScalar s && (s.type() == ScalarType.INT || s.type() == ScalarType.FLOAT)) {
      Object value = s.toJava();
      return Optional.of(((Number) value).doubleValue());
    }
    findings.error(
        node.position(),
        SCHEMA,
        what + " \"" + key + "\" must be a number",
        "Write a plain number without quotes, e.g. 50.");
    return Optional.empty();
  }

  List<YNode> optionalList(String key) {
    YNode node = map.child(key);
    if (node == null || isNull(node)) {
      return List.of();
    }
    if (node instanceof YSeq seq) {
      return seq.items();
    }
    findings.error(
        node.position(),
        SCHEMA,
        what + " \"" + key + "\" must be a list",
        "Write " + key + " as a YAML list (items starting with \"- \").");
    return List.of();
  }

  static boolean isNull(YNode node) {
    return node instanceof YScalar s && s.isNull();
  }

  private static List<String> sorted(Set<String> set) {
    return set.stream().sorted().toList();
  }
}
