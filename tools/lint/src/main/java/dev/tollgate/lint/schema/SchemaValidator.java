package dev.tollgate.lint.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Position;
import dev.tollgate.core.Severity;
import dev.tollgate.core.yaml.ScalarType;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.engine.BuiltInChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks each object against its schema: core kinds against fabric8 models ({@link ModelWalker}),
 * custom resources against JSON Schemas ({@link SchemaRegistry}) plus the core types embedded in
 * them. Every problem is positioned at the offending key or value.
 */
public final class SchemaValidator {
  private final SchemaRegistry registry;
  private final Optional<Severity> missingSchema;

  public SchemaValidator(SchemaRegistry registry, Optional<Severity> missingSchema) {
    this.registry = registry;
    this.missingSchema = missingSchema;
  }

  public List<Diagnostic> validate(KubeObject object) {
    List<Diagnostic> out = new ArrayList<>();
    Optional<Class<?>> model = CoreKinds.modelOf(object.apiVersion(), object.kind());
    if (model.isPresent()) {
      ModelWalker.walk(object.root(), model.get(), "", out);
      return out;
    }
    Optional<JsonSchema> schema = registry.schemaFor(object.apiVersion(), object.kind());
    if (schema.isEmpty()) {
      missingSchema.ifPresent(
          severity ->
              out.add(
                  new Diagnostic(
                      object.root().get("kind").orElse(object.root()).position(),
                      severity,
                      "no schema for "
                          + object.apiVersion()
                          + " "
                          + object.kind()
                          + "; its fields are not checked",
                      BuiltInChecks.MISSING_SCHEMA,
                      "Pass the CRD with --crd (or crds: in .tollgate.yaml), or fix"
                          + " apiVersion/kind.")));
      return out;
    }
    object
        .root()
        .get("metadata")
        .ifPresent(m -> ModelWalker.walk(m, CoreKinds.objectMeta(), "metadata", out));
    JsonNode instance = JsonTrees.of(object.root());
    for (ValidationMessage message : schema.get().validate(instance)) {
      toDiagnostic(object.root(), message).ifPresent(out::add);
    }
    AmbiguousStrings.find(
        object.root(), schema.get().getSchemaNode(), schema.get().getSchemaNode(), "", out);
    for (EmbeddedModels.Embedded embedded : EmbeddedModels.of(object.group(), object.kind())) {
      walkEmbedded(object.root(), embedded.path(), 0, "", embedded.model(), out);
    }
    return out;
  }

  private static void walkEmbedded(
      YNode node, List<String> path, int step, String at, Class<?> model, List<Diagnostic> out) {
    if (step == path.size()) {
      ModelWalker.walk(node, model, at, out);
      return;
    }
    String name = path.get(step);
    if (name.equals("*")) {
      if (node instanceof YNode.YSeq seq) {
        for (int i = 0; i < seq.items().size(); i++) {
          walkEmbedded(seq.items().get(i), path, step + 1, at + "[" + i + "]", model, out);
        }
      }
    } else {
      node.get(name)
          .ifPresent(
              child ->
                  walkEmbedded(
                      child, path, step + 1, at.isEmpty() ? name : at + "." + name, model, out));
    }
  }

  private static Optional<Diagnostic> toDiagnostic(YMap root, ValidationMessage message) {
    JsonNodePath location = message.getInstanceLocation();
    YNode node = root;
    StringBuilder dotted = new StringBuilder();
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      Optional<YNode> next = node.get(String.valueOf(element));
      if (next.isEmpty()) {
        break;
      }
      node = next.get();
      if (element instanceof Integer) {
        dotted.append('[').append(element).append(']');
      } else {
        dotted.append(dotted.length() == 0 ? "" : ".").append(element);
      }
    }
    if (Placeholders.isUnquotedTemplate(node)) {
      return Optional.empty();
    }
    if ("type".equals(message.getType())
        && node instanceof YNode.YScalar scalar
        && scalar.plain()
        && ScalarType.isYaml11Ambiguous(scalar.text())
        && String.valueOf(message.getSchemaNode()).contains("string")) {
      return Optional.empty(); // reported as yaml-ambiguous-scalar, with the hint to quote
    }
    String where = dotted.length() == 0 ? "the object" : dotted.toString();
    String property = message.getProperty();
    String type = String.valueOf(message.getType());
    Position position = node.position();
    String id;
    String text;
    String hint;
    switch (type) {
      case "additionalProperties", "unevaluatedProperties" -> {
        id = BuiltInChecks.UNKNOWN_FIELD;
        if (node instanceof YMap map && property != null && map.has(property)) {
          position = map.keyPosition(property);
        }
        text = "unknown field \"" + property + "\" in " + where;
        hint = "Fix the spelling or the indentation of the field, or remove it.";
      }
      case "required" -> {
        id = BuiltInChecks.REQUIRED;
        text = where + ": missing required field \"" + property + "\"";
        hint = "Add the missing field.";
      }
      case "type" -> {
        id = BuiltInChecks.TYPE;
        text = where + ": " + withoutLocation(message) + ", got " + ModelWalker.describe(node);
        hint = "Write the value with the declared type.";
      }
      default -> {
        id = BuiltInChecks.VALUE;
        text = where + ": " + withoutLocation(message);
        hint = "Use one of the values the message names.";
      }
    }
    return Optional.of(Diagnostic.error(position, id, text, hint));
  }

  /** networknt prefixes messages with the instance location; ours print a dotted path instead. */
  private static String withoutLocation(ValidationMessage message) {
    String text = message.getMessage();
    String prefix = message.getInstanceLocation() + ": ";
    return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
  }
}
