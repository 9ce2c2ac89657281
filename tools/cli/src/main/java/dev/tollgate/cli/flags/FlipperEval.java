package dev.tollgate.cli.flags;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.cli.ExitCodes;
import dev.tollgate.flags.flipper.FlipperEvaluator;
import dev.tollgate.flags.flipper.FlipperEvaluator.ExpressionOutcome;
import dev.tollgate.flags.flipper.FlipperExpression;
import dev.tollgate.flags.flipper.FlipperFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code tollgate flags eval --flipper FILE}: a Flipper JSON v1 export, gates as Flipper has them.
 * {@code --context groups=a,b} names the actor's groups; every other {@code --context k=v} is an
 * actor property (a string) for the expression gate, next to {@code flipper_id}. Exit 1 when
 * Flipper would raise for this actor, 2 when the export or an expression is malformed.
 */
final class FlipperEval {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FlipperEval() {}

  static int run(
      Path file,
      String feature,
      String actor,
      Map<String, String> context,
      Supplier<Instant> clock,
      boolean json,
      PrintWriter out)
      throws IOException {
    if (feature == null) {
      throw FlipperExport.error(
          file.toString(),
          "--flag (the Flipper feature name) is required",
          "Pass --flag <feature> and usually --entity <flipper_id>.");
    }
    Set<String> groups = new HashSet<>();
    Map<String, String> properties = new LinkedHashMap<>(context);
    String groupText = properties.getOrDefault("groups", "");
    properties.remove("groups");
    Arrays.stream(groupText.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .forEach(groups::add);
    if (actor == null && !properties.isEmpty()) {
      throw FlipperExport.error(
          file.toString(),
          "actor properties " + properties.keySet() + " given without an actor",
          "Flipper passes properties only with an actor: add --entity <flipper_id>.");
    }
    FlipperExport export = FlipperExport.read(file);
    FlipperFeature f = export.feature(feature);
    FlipperEvaluator.Result r;
    try {
      r =
          FlipperEvaluator.evaluate(
              f, new FlipperEvaluator.Actor(actor, properties, groups), export.features, clock);
    } catch (FlipperExpression.MalformedException e) {
      throw export.malformed(e);
    }
    out.println(
        json ? JSON.writeValueAsString(toJson(feature, actor, r)) : text(feature, actor, r));
    out.flush();
    return r.expression().error() == null ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  private static ObjectNode toJson(String feature, String actor, FlipperEvaluator.Result r) {
    ObjectNode node = JSON.createObjectNode();
    node.put("feature", feature);
    putNullable(node, "actor", actor);
    if (r.enabled() == null) {
      node.putNull("enabled");
    } else {
      node.put("enabled", r.enabled());
    }
    putNullable(node, "gate", r.gate());
    node.put("percentageOfTimeChance", r.timeChance());
    ExpressionOutcome e = r.expression();
    if (!e.present()) {
      node.putNull("expression");
      return node;
    }
    ObjectNode x = node.putObject("expression");
    x.put("evaluated", e.evaluated());
    if (e.value() == null) {
      x.putNull("value");
    } else {
      x.put("value", e.value());
    }
    x.put("probabilistic", e.evaluated() && e.error() == null && e.value() == null);
    x.put("usesRandom", e.random());
    putNullable(x, "now", e.now() == null ? null : e.now().toString());
    putNullable(x, "error", e.error());
    return node;
  }

  private static void putNullable(ObjectNode node, String field, String value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }

  private static String text(String feature, String actor, FlipperEvaluator.Result r) {
    ExpressionOutcome e = r.expression();
    String answer;
    if (e.error() != null) {
      answer = "Flipper raises: " + e.error();
    } else if (r.enabled() == null) {
      answer =
          "expression".equals(r.gate())
              ? "decided by chance: the expression depends on Random or a probabilistic feature"
                  + (r.timeChance() > 0 ? " (percentage_of_time " + r.timeChance() + ")" : "")
              : "on with probability " + r.timeChance() + " per call (percentage_of_time)";
    } else {
      answer =
          (r.enabled() ? "on" : "off") + (r.gate() == null ? "" : " via " + r.gate() + " gate");
    }
    StringBuilder notes = new StringBuilder();
    if (e.present() && !e.evaluated()) {
      notes.append(" [expression not evaluated: an earlier gate opened]");
    } else if (e.present() && e.error() == null) {
      notes.append(" [expression: ").append(e.value() == null ? "by chance" : e.value());
      if (e.now() != null) {
        notes.append(", Now = ").append(e.now());
      }
      notes.append(']');
    }
    return "flipper "
        + feature
        + " for "
        + (actor == null ? "(no actor)" : actor)
        + ": "
        + answer
        + notes;
  }
}
