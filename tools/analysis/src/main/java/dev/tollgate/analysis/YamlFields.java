package dev.tollgate.analysis;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;
import dev.tollgate.core.yaml.YNode.YSeq;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads typed fields from YAML trees, turning every shape mistake into a positioned error. */
public final class YamlFields {
  private final String ruleId;

  /**
   * @param ruleId the id printed with every error, e.g. {@code analysis-template}
   */
  public YamlFields(String ruleId) {
    this.ruleId = ruleId;
  }

  public InputException error(Position position, String message, String hint) {
    return new InputException(Diagnostic.error(position, ruleId, message, hint));
  }

  public YMap map(YNode node, String what) {
    if (node instanceof YMap map) {
      return map;
    }
    throw error(
        node.position(), what + " must be a mapping", "Write " + what + " as key: value pairs.");
  }

  /** The scalar text of {@code key}; null when absent or null. */
  public String string(YMap map, String key) {
    YNode node = map.child(key);
    if (node == null || (node instanceof YScalar s && s.isNull())) {
      return null;
    }
    if (node instanceof YScalar scalar) {
      return scalar.text();
    }
    throw error(node.position(), "\"" + key + "\" must be a single value", "Write it as a string.");
  }

  public String requiredString(YMap map, String key, String what) {
    String value = string(map, key);
    if (value == null || value.isEmpty()) {
      throw error(
          map.position(),
          what + " has no \"" + key + "\"",
          "Add the required field \"" + key + "\".");
    }
    return value;
  }

  /** The items of a list field; empty when absent. */
  public List<YNode> list(YMap map, String key) {
    YNode node = map.child(key);
    if (node == null || (node instanceof YScalar s && s.isNull())) {
      return List.of();
    }
    if (node instanceof YSeq seq) {
      return seq.items();
    }
    throw error(node.position(), "\"" + key + "\" must be a list", "Write it as a YAML sequence.");
  }

  /** A boolean field; {@code fallback} when absent. */
  public boolean bool(YMap map, String key, boolean fallback) {
    String value = string(map, key);
    if (value == null) {
      return fallback;
    }
    if (value.equals("true") || value.equals("false")) {
      return Boolean.parseBoolean(value);
    }
    throw error(
        map.get(key).orElseThrow().position(),
        "\"" + key + "\" must be true or false",
        "Write true or false.");
  }

  /** Rejects keys outside {@code allowed}, as strict decoding (kubectl argo rollouts lint) does. */
  public void allowOnly(YMap map, Set<String> allowed, String what) {
    for (String key : map.entries().keySet()) {
      if (!allowed.contains(key)) {
        throw error(
            map.keyPosition(key),
            "unknown field \"" + key + "\" in " + what,
            "Known fields: " + String.join(", ", new TreeSet<>(allowed)) + ".");
      }
    }
  }

  public Position positionOf(YMap map, String key) {
    return map.get(key).map(YNode::position).orElse(map.position());
  }
}
