package dev.tollgate.lint.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.yaml.ScalarType;
import dev.tollgate.core.yaml.YNode;
import java.util.List;

/**
 * Finds unquoted YAML 1.1 booleans and octals ({@code yes}, {@code on}, {@code 0777}) in the string
 * fields of a custom resource, by walking the object alongside its JSON Schema. The validator
 * cannot see them: to YAML 1.2 {@code yes} is a valid string, to kubectl's YAML 1.1 a boolean.
 */
final class AmbiguousStrings {
  private static final int MAX_REF_DEPTH = 32;

  private AmbiguousStrings() {}

  static void find(YNode node, JsonNode schema, JsonNode root, String path, List<Diagnostic> out) {
    walk(node, schema, root, path, out, 0);
  }

  private static void walk(
      YNode node, JsonNode schema, JsonNode root, String path, List<Diagnostic> out, int refs) {
    if (schema == null || !schema.isObject() || refs > MAX_REF_DEPTH) {
      return;
    }
    JsonNode ref = schema.get("$ref");
    if (ref != null && ref.isTextual() && ref.asText().startsWith("#")) {
      walk(node, root.at(ref.asText().substring(1)), root, path, out, refs + 1);
      return;
    }
    for (JsonNode part : schema.path("allOf")) {
      walk(node, part, root, path, out, refs + 1);
    }
    if (node instanceof YNode.YScalar scalar) {
      // as for core kinds, a plain yes or 0777 in a string field is a warning to quote it (the
      // validator's type error for 0777 is dropped in favour of this)
      if (scalar.plain()
          && "string".equals(schema.path("type").asText())
          && ScalarType.isYaml11Ambiguous(scalar.text())) {
        out.add(ModelWalker.ambiguous(scalar, path));
      }
    } else if (node instanceof YNode.YMap map) {
      JsonNode properties = schema.path("properties");
      JsonNode additional = schema.get("additionalProperties");
      map.entries()
          .forEach(
              (key, entry) -> {
                JsonNode child = properties.get(key);
                if (child == null && additional != null && additional.isObject()) {
                  child = additional;
                }
                String at = path.isEmpty() ? key : path + "." + key;
                walk(entry.value(), child, root, at, out, refs);
              });
    } else if (node instanceof YNode.YSeq seq) {
      JsonNode items = schema.get("items");
      for (int i = 0; i < seq.items().size(); i++) {
        walk(seq.items().get(i), items, root, path + "[" + i + "]", out, refs);
      }
    }
  }
}
