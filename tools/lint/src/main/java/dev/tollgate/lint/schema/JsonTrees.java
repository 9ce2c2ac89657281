package dev.tollgate.lint.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.core.yaml.YNode;
import java.math.BigInteger;

/**
 * YAML trees as Jackson trees for the schema validator, built directly with the node factory: an
 * {@code ObjectMapper} would cost more to create on a cold JVM than the conversion itself.
 */
final class JsonTrees {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTrees() {}

  static JsonNode of(YNode node) {
    if (node instanceof YNode.YMap map) {
      ObjectNode object = NODES.objectNode();
      map.entries().forEach((key, entry) -> object.set(key, of(entry.value())));
      return object;
    }
    if (node instanceof YNode.YSeq seq) {
      ArrayNode array = NODES.arrayNode(seq.items().size());
      seq.items().forEach(item -> array.add(of(item)));
      return array;
    }
    Object value = node.toJava();
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (value instanceof BigInteger big) {
      return NODES.numberNode(big);
    }
    if (value instanceof Double d) {
      return NODES.numberNode(d);
    }
    return NODES.textNode(value.toString());
  }
}
