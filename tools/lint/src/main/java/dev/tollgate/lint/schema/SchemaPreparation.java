package dev.tollgate.lint.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns Kubernetes' OpenAPI extensions into plain JSON Schema before networknt compiles it: {@code
 * x-kubernetes-int-or-string} becomes {@code type: [integer, string]}, and (for CRD schemas, like
 * kubectl's strict decoding and kubeconform's openapi2jsonschema) an object that lists {@code
 * properties} rejects others unless it says {@code x-kubernetes-preserve-unknown-fields}.
 */
final class SchemaPreparation {
  private SchemaPreparation() {}

  static JsonNode prepare(JsonNode schema, boolean closeObjects) {
    List<JsonNode> stack = new ArrayList<>();
    stack.add(schema);
    while (!stack.isEmpty()) {
      JsonNode node = stack.remove(stack.size() - 1);
      if (node instanceof ObjectNode object) {
        if (object.path("x-kubernetes-int-or-string").asBoolean(false)) {
          ArrayNode types = JsonNodeFactory.instance.arrayNode().add("integer").add("string");
          object.set("type", types);
          object.remove("anyOf");
        }
        if (closeObjects
            && object.has("properties")
            && !object.has("additionalProperties")
            && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
          object.put("additionalProperties", false);
        }
        object.forEach(stack::add);
      } else if (node instanceof ArrayNode array) {
        array.forEach(stack::add);
      }
    }
    return schema;
  }
}
