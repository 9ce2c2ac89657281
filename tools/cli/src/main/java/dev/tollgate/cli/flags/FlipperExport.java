package dev.tollgate.cli.flags;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import dev.tollgate.flags.flipper.FlipperExpression;
import dev.tollgate.flags.flipper.FlipperFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Flipper JSON v1 export ({@code Flipper::Exporters::Json::V1}) read whole, so that
 * FeatureEnabled can check other features, with the line and column of every JSON node kept for
 * error messages about expressions.
 */
final class FlipperExport {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_BYTES = 50L * 1024 * 1024; // Flipper's own import limit

  final String display;
  final Map<String, FlipperFeature> features;
  private final Map<String, JsonLocation> locations;

  private FlipperExport(
      String display, Map<String, FlipperFeature> features, Map<String, JsonLocation> locations) {
    this.display = display;
    this.features = features;
    this.locations = locations;
  }

  static FlipperExport read(Path file) throws IOException {
    String display = file.toString();
    if (!Files.isRegularFile(file)) {
      throw error(display, "cannot read Flipper export", "Check the path given to --flipper.");
    }
    if (Files.size(file) > MAX_BYTES) {
      throw error(display, "Flipper export is larger than 50 MB", "Export fewer features.");
    }
    byte[] bytes = Files.readAllBytes(file);
    JsonNode root;
    Map<String, JsonLocation> locations;
    try {
      root = JSON.readTree(bytes);
      locations = locate(bytes);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new InputException(
          Diagnostic.error(
              position(display, at),
              "flipper-json",
              "invalid JSON: " + e.getOriginalMessage(),
              "Pass a Flipper JSON export (Flipper::Exporters::Json::V1)."));
    }
    if (root == null || root.path("version").asInt(-1) != 1 || !root.path("features").isObject()) {
      throw error(
          display,
          "not a Flipper JSON v1 export (needs version 1 and features)",
          "Export with Flipper.export(format: :json).");
    }
    Map<String, FlipperFeature> features = new LinkedHashMap<>();
    root.path("features")
        .properties()
        .forEach(e -> features.put(e.getKey(), feature(e.getKey(), e.getValue())));
    return new FlipperExport(display, features, locations);
  }

  FlipperFeature feature(String name) {
    FlipperFeature f = features.get(name);
    if (f == null) {
      throw error(
          display,
          "feature \"" + name + "\" is not in the export",
          "Use one of: " + String.join(", ", features.keySet()) + ".");
    }
    return f;
  }

  /** The positioned diagnostic for an expression Flipper could not build or call. */
  InputException malformed(FlipperExpression.MalformedException e) {
    return new InputException(
        Diagnostic.error(
            position(display, locations.get(e.path())),
            "flipper-expression",
            e.path() + ": " + e.getMessage(),
            e.hint()));
  }

  private static FlipperFeature feature(String name, JsonNode node) {
    return new FlipperFeature(
        name,
        text(node.get("boolean")),
        set(node.get("actors")),
        set(node.get("groups")),
        text(node.get("percentage_of_actors")),
        text(node.get("percentage_of_time")),
        plain(node.get("expression")));
  }

  /** JSON as plain Java; integers stay Long and other numbers Double, as Ruby's JSON reads them. */
  static Object plain(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      Map<String, Object> out = new LinkedHashMap<>();
      node.properties().forEach(e -> out.put(e.getKey(), plain(e.getValue())));
      return out;
    }
    if (node.isArray()) {
      List<Object> out = new ArrayList<>();
      node.forEach(n -> out.add(plain(n)));
      return out;
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : (Object) node.doubleValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.asText();
  }

  /** Start of every value, keyed {@code a.b[0].c} like {@link FlipperExpression} paths. */
  private static Map<String, JsonLocation> locate(byte[] bytes) throws IOException {
    Map<String, JsonLocation> out = new HashMap<>();
    Deque<String> paths = new ArrayDeque<>();
    Deque<int[]> indexes = new ArrayDeque<>(); // next array index, or -1 inside an object
    try (JsonParser p = new JsonFactory().createParser(bytes)) {
      String field = null;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME) {
          field = p.currentName();
          String path = paths.isEmpty() ? "" : paths.peek();
          out.put(path.isEmpty() ? field : path + "." + field, p.currentTokenLocation());
          continue;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          paths.pop();
          indexes.pop();
          continue;
        }
        String here = "";
        if (!indexes.isEmpty()) {
          int[] index = indexes.peek();
          String parent = paths.peek();
          if (index[0] >= 0) {
            here = parent + "[" + index[0]++ + "]";
            out.put(here, p.currentTokenLocation());
          } else {
            here = parent.isEmpty() ? field : parent + "." + field;
          }
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          paths.push(here);
          indexes.push(new int[] {t == JsonToken.START_ARRAY ? 0 : -1});
        }
      }
    }
    return out;
  }

  private static Position position(String display, JsonLocation at) {
    if (at == null) {
      return Position.ofFile(display);
    }
    return new Position(display, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static Set<String> set(JsonNode node) {
    Set<String> out = new LinkedHashSet<>();
    if (node != null && node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  static InputException error(String path, String message, String hint) {
    return new InputException(
        Diagnostic.error(Position.ofFile(path), "flipper-export", message, hint));
  }
}
