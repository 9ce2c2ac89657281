package dev.tollgate.lint.repo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Structural validation of a custom resource against a CRD's {@code openAPIV3Schema}, the way the
 * API server prunes and type-checks it: unknown fields where the schema lists properties (unless it
 * preserves unknown fields), required fields, types, enums and int-or-string.
 */
final class CrdSchema {

  private final Map<String, Object> schema;

  CrdSchema(Map<String, Object> schema) {
    this.schema = schema;
  }

  /** Problems found, each as {@code path: message}; empty when the object is valid. */
  List<String> validate(Object object) {
    List<String> problems = new ArrayList<>();
    check(object, schema, "", problems);
    return problems;
  }

  private static void check(
      Object value, Map<String, Object> schema, String path, List<String> problems) {
    if (Boolean.TRUE.equals(schema.get("x-kubernetes-int-or-string"))) {
      if (!(value instanceof Long || value instanceof Integer || value instanceof String)) {
        problems.add(path + ": expected an integer or a string, got " + describe(value));
      }
      return;
    }
    boolean preserveUnknown =
        Boolean.TRUE.equals(schema.get("x-kubernetes-preserve-unknown-fields"));
    Object type = schema.get("type");
    if (type == null) {
      return;
    }
    switch (type.toString()) {
      case "object" -> checkObject(value, schema, path, preserveUnknown, problems);
      case "array" -> {
        if (!(value instanceof List<?> list)) {
          problems.add(path + ": expected an array, got " + describe(value));
          return;
        }
        Map<String, Object> items = map(schema.get("items"));
        for (int i = 0; i < list.size(); i++) {
          check(list.get(i), items, path + "[" + i + "]", problems);
        }
      }
      case "string" -> {
        if (!(value instanceof String text)) {
          problems.add(path + ": expected a string, got " + describe(value));
        } else if (schema.get("enum") instanceof List<?> allowed && !allowed.contains(text)) {
          problems.add(path + ": \"" + text + "\" is not one of " + allowed);
        }
      }
      case "integer" -> {
        if (!(value instanceof Long || value instanceof Integer)) {
          problems.add(path + ": expected an integer, got " + describe(value));
        }
      }
      case "number" -> {
        if (!(value instanceof Number)) {
          problems.add(path + ": expected a number, got " + describe(value));
        }
      }
      case "boolean" -> {
        if (!(value instanceof Boolean)) {
          problems.add(path + ": expected a boolean, got " + describe(value));
        }
      }
      default -> {}
    }
  }

  private static void checkObject(
      Object value,
      Map<String, Object> schema,
      String path,
      boolean preserveUnknown,
      List<String> problems) {
    if (!(value instanceof Map<?, ?> object)) {
      problems.add(path + ": expected an object, got " + describe(value));
      return;
    }
    if (schema.get("required") instanceof List<?> required) {
      for (Object name : required) {
        if (!object.containsKey(name)) {
          problems.add(path + ": missing required field " + name);
        }
      }
    }
    Map<String, Object> properties = map(schema.get("properties"));
    Object additional = schema.get("additionalProperties");
    for (Map.Entry<?, ?> entry : object.entrySet()) {
      String key = String.valueOf(entry.getKey());
      String child = path + "." + key;
      if (properties.containsKey(key)) {
        check(entry.getValue(), map(properties.get(key)), child, problems);
      } else if (additional instanceof Map<?, ?>) {
        check(entry.getValue(), map(additional), child, problems);
      } else if (!properties.isEmpty() && !preserveUnknown) {
        problems.add(child + ": unknown field");
      }
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static String describe(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
  }
}
