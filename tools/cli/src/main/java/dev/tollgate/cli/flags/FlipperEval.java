package dev.tollgate.cli.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.cli.ExitCodes;
import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import dev.tollgate.flags.flipper.FlipperEvaluator;
import dev.tollgate.flags.flipper.FlipperFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code tollgate flags eval --flipper FILE}: a Flipper JSON v1 export, gates as Flipper has them.
 */
final class FlipperEval {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_BYTES = 50L * 1024 * 1024; // Flipper's own import limit

  private FlipperEval() {}

  static int run(
      Path file,
      String feature,
      String actor,
      Map<String, String> context,
      boolean json,
      PrintWriter out)
      throws IOException {
    if (feature == null) {
      throw error(
          file.toString(),
          "--flag (the Flipper feature name) is required",
          "Pass --flag <feature> and usually --entity <flipper_id>.");
    }
    FlipperFeature f = read(file, feature);
    Set<String> groups = new HashSet<>();
    String groupText = context.getOrDefault("groups", "");
    Arrays.stream(groupText.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .forEach(groups::add);
    FlipperEvaluator.Result r = FlipperEvaluator.evaluate(f, actor, groups);
    if (json) {
      ObjectNode node = JSON.createObjectNode();
      node.put("feature", feature);
      if (actor == null) {
        node.putNull("actor");
      } else {
        node.put("actor", actor);
      }
      if (r.enabled() == null) {
        node.putNull("enabled");
      } else {
        node.put("enabled", r.enabled());
      }
      if (r.gate() == null) {
        node.putNull("gate");
      } else {
        node.put("gate", r.gate());
      }
      node.put("percentageOfTimeChance", r.timeChance());
      node.put("expressionIgnored", f.hasExpression());
      out.println(JSON.writeValueAsString(node));
    } else {
      String answer =
          r.enabled() == null
              ? "on with probability " + r.timeChance() + " per call (percentage_of_time)"
              : (r.enabled() ? "on" : "off")
                  + (r.gate() == null ? "" : " via " + r.gate() + " gate");
      out.println(
          "flipper "
              + feature
              + " for "
              + (actor == null ? "(no actor)" : actor)
              + ": "
              + answer
              + (f.hasExpression() ? " [expression gate not evaluated]" : ""));
    }
    out.flush();
    return ExitCodes.OK;
  }

  static FlipperFeature read(Path file, String feature) throws IOException {
    String display = file.toString();
    if (!Files.isRegularFile(file)) {
      throw error(display, "cannot read Flipper export", "Check the path given to --flipper.");
    }
    if (Files.size(file) > MAX_BYTES) {
      throw error(display, "Flipper export is larger than 50 MB", "Export fewer features.");
    }
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      throw new InputException(
          Diagnostic.error(
              new Position(display, Math.max(line, 0), Math.max(col, 0)),
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
    JsonNode node = root.path("features").path(feature);
    if (!node.isObject()) {
      throw error(
          display,
          "feature \"" + feature + "\" is not in the export",
          "Use one of: " + String.join(", ", iterable(root.path("features").fieldNames())) + ".");
    }
    return new FlipperFeature(
        feature,
        text(node.get("boolean")),
        set(node.get("actors")),
        set(node.get("groups")),
        text(node.get("percentage_of_actors")),
        text(node.get("percentage_of_time")),
        node.has("expression") && !node.get("expression").isNull());
  }

  private static Set<String> iterable(java.util.Iterator<String> it) {
    Set<String> out = new LinkedHashSet<>();
    it.forEachRemaining(out::add);
    return out;
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

  private static InputException error(String path, String message, String hint) {
    return new InputException(
        Diagnostic.error(Position.ofFile(path), "flipper-export", message, hint));
  }
}
