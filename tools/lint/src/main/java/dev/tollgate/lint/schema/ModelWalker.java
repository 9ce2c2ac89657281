package dev.tollgate.lint.schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.yaml.ScalarType;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;
import dev.tollgate.core.yaml.YNode.YSeq;
import dev.tollgate.lint.config.Suggestions;
import dev.tollgate.lint.engine.BuiltInChecks;
import io.fabric8.kubernetes.api.model.AnyType;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a YAML tree against a fabric8 kubernetes-model type the way the API server's strict
 * decoder does: every key must be a {@code @JsonProperty} of the model (fabric8 would otherwise
 * park it in {@code additionalProperties}), and every scalar must have the property's type. Walking
 * the tree against the model's declared properties, instead of binding and comparing, keeps each
 * key's position and costs one pass.
 */
public final class ModelWalker {
  private static final Map<Class<?>, Map<String, Type>> PROPERTIES = new ConcurrentHashMap<>();

  private ModelWalker() {}

  /** Walks {@code node} as a {@code type}, adding problems to {@code out}. */
  public static void walk(YNode node, Class<?> type, String path, List<Diagnostic> out) {
    walk(node, (Type) type, path, out);
  }

  private static void walk(YNode node, Type type, String path, List<Diagnostic> out) {
    if ((node instanceof YScalar s && s.isNull()) || Placeholders.isUnquotedTemplate(node)) {
      return; // null means "not set" to the API server's decoder
    }
    Class<?> raw = rawClass(type);
    if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
      return;
    }
    if (raw == IntOrString.class) {
      expectScalar(
          node, path, "an integer or a string", EnumSet.of(ScalarType.INT, ScalarType.STRING), out);
    } else if (raw == Quantity.class) {
      expectScalar(
          node,
          path,
          "a quantity (a number or a string like 500m or 1Gi)",
          EnumSet.of(ScalarType.INT, ScalarType.FLOAT, ScalarType.STRING),
          out);
    } else if (AnyType.class.isAssignableFrom(raw) || hasCustomDeserializer(raw)) {
      return;
    } else if (raw == String.class) {
      expectString(node, path, out);
    } else if (raw == Boolean.class || raw == boolean.class) {
      expectScalar(node, path, "a boolean (true or false)", EnumSet.of(ScalarType.BOOL), out);
    } else if (isInteger(raw)) {
      expectScalar(node, path, "an integer", EnumSet.of(ScalarType.INT), out);
    } else if (raw == Double.class
        || raw == Float.class
        || raw == double.class
        || raw == float.class) {
      expectScalar(node, path, "a number", EnumSet.of(ScalarType.INT, ScalarType.FLOAT), out);
    } else if (Collection.class.isAssignableFrom(raw)) {
      if (!(node instanceof YSeq seq)) {
        out.add(typeError(node, path, "a list"));
        return;
      }
      Type item = typeArgument(type, 0);
      for (int i = 0; i < seq.items().size(); i++) {
        walk(seq.items().get(i), item, path + "[" + i + "]", out);
      }
    } else if (Map.class.isAssignableFrom(raw)) {
      if (!(node instanceof YMap map)) {
        out.add(typeError(node, path, "a mapping"));
        return;
      }
      Type value = typeArgument(type, 1);
      map.entries().forEach((key, entry) -> walk(entry.value(), value, path + "." + key, out));
    } else {
      walkBean(node, raw, path, out);
    }
  }

  private static void walkBean(YNode node, Class<?> raw, String path, List<Diagnostic> out) {
    if (!(node instanceof YMap map)) {
      out.add(typeError(node, path, "a mapping"));
      return;
    }
    Map<String, Type> properties = PROPERTIES.computeIfAbsent(raw, ModelWalker::properties);
    for (YNode.Entry entry : map.entries().values()) {
      Type propertyType = properties.get(entry.key());
      if (propertyType == null) {
        out.add(
            Diagnostic.error(
                entry.keyPosition(),
                BuiltInChecks.UNKNOWN_FIELD,
                "unknown field \""
                    + entry.key()
                    + "\" in "
                    + (path.isEmpty() ? "the object" : path)
                    + " ("
                    + raw.getSimpleName()
                    + ")"
                    + Suggestions.didYouMean(entry.key(), properties.keySet()),
                "Fix the spelling or the indentation of the field, or remove it."));
      } else {
        walk(
            entry.value(),
            propertyType,
            path.isEmpty() ? entry.key() : path + "." + entry.key(),
            out);
      }
    }
  }

  /**
   * The JSON properties of a fabric8 model class: its fields annotated {@code @JsonProperty}, the
   * way fabric8 generates them. Plain reflection, because building Jackson's full bean description
   * costs tens of milliseconds per class on a cold JVM.
   */
  private static Map<String, Type> properties(Class<?> type) {
    Map<String, Type> out = new LinkedHashMap<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        JsonProperty property = field.getAnnotation(JsonProperty.class);
        if (property != null
            && !field.isAnnotationPresent(JsonIgnore.class)
            && !Modifier.isStatic(field.getModifiers())) {
          String name = property.value().isEmpty() ? field.getName() : property.value();
          out.putIfAbsent(name, field.getGenericType());
        }
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return rawClass(p.getRawType());
    }
    if (type instanceof WildcardType w) {
      return rawClass(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }

  private static boolean hasCustomDeserializer(Class<?> raw) {
    JsonDeserialize annotation = raw.getAnnotation(JsonDeserialize.class);
    return annotation != null && annotation.using() != JsonDeserializer.None.class;
  }

  private static boolean isInteger(Class<?> raw) {
    return Set.of(
            Integer.class,
            Long.class,
            Short.class,
            int.class,
            long.class,
            short.class,
            java.math.BigInteger.class)
        .contains(raw);
  }

  private static void expectString(YNode node, String path, List<Diagnostic> out) {
    if (!(node instanceof YScalar s)) {
      out.add(typeError(node, path, "a string"));
    } else if (s.plain() && ScalarType.isYaml11Ambiguous(s.text())) {
      out.add(ambiguous(s, path));
    } else if (s.type() != ScalarType.STRING) {
      out.add(typeError(node, path, "a string"));
    }
  }

  /** The warning for a plain scalar that YAML 1.1 readers take for a boolean or a number. */
  static Diagnostic ambiguous(YScalar s, String path) {
    return Diagnostic.warning(
        s.position(),
        BuiltInChecks.AMBIGUOUS_SCALAR,
        path
            + ": unquoted \""
            + s.text()
            + "\" is a "
            + (s.text().matches("[-+]?[0-9].*") ? "number" : "boolean")
            + " to YAML 1.1 readers such as kubectl",
        "Quote the value: \"" + s.text() + "\".");
  }

  private static void expectScalar(
      YNode node, String path, String expected, Set<ScalarType> allowed, List<Diagnostic> out) {
    if (!(node instanceof YScalar s) || !allowed.contains(s.type())) {
      out.add(typeError(node, path, expected));
    }
  }

  static Diagnostic typeError(YNode node, String path, String expected) {
    return Diagnostic.error(
        node.position(),
        BuiltInChecks.TYPE,
        path + ": expected " + expected + ", got " + describe(node),
        node instanceof YScalar s && s.type() != ScalarType.STRING && expected.equals("a string")
            ? "Quote the value: \"" + s.text() + "\"."
            : "Write the value with the declared type.");
  }

  static String describe(YNode node) {
    if (node instanceof YMap) {
      return "a mapping";
    }
    if (node instanceof YSeq) {
      return "a list";
    }
    YScalar s = (YScalar) node;
    String kind =
        switch (s.type()) {
          case NULL -> "null";
          case BOOL -> "boolean";
          case INT -> "integer";
          case FLOAT -> "number";
          case STRING -> "string";
        };
    return kind + " " + (s.type() == ScalarType.STRING ? "\"" + s.text() + "\"" : s.text());
  }
}
