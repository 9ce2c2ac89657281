package dev.tollgate.flags.openfeature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.core.Position;
import dev.tollgate.flags.model.ComparisonType;
import dev.tollgate.flags.model.Constraint;
import dev.tollgate.flags.model.Distribution;
import dev.tollgate.flags.model.Flag;
import dev.tollgate.flags.model.FlagSet;
import dev.tollgate.flags.model.FlagType;
import dev.tollgate.flags.model.MatchType;
import dev.tollgate.flags.model.Namespace;
import dev.tollgate.flags.model.Rollout;
import dev.tollgate.flags.model.Rule;
import dev.tollgate.flags.model.Segment;
import dev.tollgate.flags.model.SegmentOperator;
import dev.tollgate.flags.model.Variant;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the snapshot "Document" a Flipt server serves at {@code
 * /internal/v1/evaluation/snapshot/namespace/{ns}} (the shape the Flipt client engines consume:
 * camelCase, segments inline per rule, wire enum names such as {@code ALL_SEGMENT_MATCH_TYPE}).
 */
final class FliptDocuments {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FliptDocuments() {}

  static FlagSet parse(String json, String namespace, String origin) throws IOException {
    JsonNode root = JSON.readTree(json);
    if (root == null || !root.path("flags").isArray()) {
      throw new IOException("not a Flipt snapshot document (no \"flags\" list)");
    }
    Position at = Position.ofFile(origin);
    Map<String, Segment> segments = new LinkedHashMap<>();
    Map<String, Flag> flags = new LinkedHashMap<>();
    for (JsonNode f : root.path("flags")) {
      String key = required(f, "key");
      FlagType type =
          "BOOLEAN_FLAG_TYPE".equals(f.path("type").asText()) ? FlagType.BOOLEAN : FlagType.VARIANT;
      Map<String, Variant> variants = new LinkedHashMap<>();
      JsonNode def = f.path("defaultVariant");
      if (def.isObject()) {
        String dk = required(def, "key");
        variants.put(dk, new Variant(dk, dk, attachment(def.path("attachment")), true, at));
      }
      List<Rule> rules = new ArrayList<>();
      for (JsonNode r : f.path("rules")) {
        List<String> keys = segments(r.path("segments"), segments, at);
        List<Distribution> ds = new ArrayList<>();
        for (JsonNode d : r.path("distributions")) {
          String vk = required(d, "variantKey");
          ds.add(new Distribution(vk, (float) d.path("rollout").asDouble(), at));
          Object att = attachment(d.path("variantAttachment"));
          Variant previous = variants.get(vk);
          variants.put(
              vk,
              new Variant(
                  vk,
                  vk,
                  att != null ? att : previous == null ? null : previous.attachment(),
                  previous != null && previous.isDefault(),
                  at));
        }
        rules.add(new Rule(keys, operator(r.path("segmentOperator")), ds, at));
      }
      List<Rollout> rollouts = new ArrayList<>();
      for (JsonNode r : f.path("rollouts")) {
        if (r.has("threshold")) {
          JsonNode t = r.get("threshold");
          rollouts.add(
              Rollout.threshold(
                  (float) t.path("percentage").asDouble(), t.path("value").asBoolean(), at));
        } else if (r.has("segment")) {
          JsonNode s = r.get("segment");
          rollouts.add(
              Rollout.segment(
                  segments(s.path("segments"), segments, at),
                  operator(s.path("segmentOperator")),
                  s.path("value").asBoolean(),
                  at));
        }
      }
      flags.put(
          key,
          new Flag(
              namespace,
              key,
              f.path("name").asText(key),
              f.path("description").asText(""),
              type,
              f.path("enabled").asBoolean(),
              Map.of(),
              Map.of(),
              List.copyOf(variants.values()),
              rules,
              rollouts,
              at));
    }
    return new FlagSet(Map.of(namespace, new Namespace(namespace, flags, segments)));
  }

  private static List<String> segments(JsonNode list, Map<String, Segment> out, Position at)
      throws IOException {
    List<String> keys = new ArrayList<>();
    for (JsonNode s : list) {
      String key = required(s, "key");
      MatchType match =
          s.path("matchType").asText().startsWith("ANY") ? MatchType.ANY : MatchType.ALL;
      List<Constraint> constraints = new ArrayList<>();
      for (JsonNode c : s.path("constraints")) {
        constraints.add(
            new Constraint(
                comparison(c.path("type").asText()),
                required(c, "property"),
                required(c, "operator"),
                c.path("value").asText(""),
                at));
      }
      out.put(key, new Segment(key, s.path("name").asText(key), match, constraints, at));
      keys.add(key);
    }
    return keys;
  }

  private static ComparisonType comparison(String wire) throws IOException {
    for (ComparisonType t : ComparisonType.values()) {
      if (wire.equals(t.name() + "_CONSTRAINT_COMPARISON_TYPE") || wire.equals(t.fileName())) {
        return t;
      }
    }
    throw new IOException("unknown constraint type \"" + wire + "\"");
  }

  private static SegmentOperator operator(JsonNode node) {
    return "AND_SEGMENT_OPERATOR".equals(node.asText()) ? SegmentOperator.AND : SegmentOperator.OR;
  }

  /** Attachments travel as JSON strings (or objects); plain Java out. */
  private static Object attachment(JsonNode node) throws IOException {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return null;
    }
    JsonNode value =
        node.isTextual()
            ? (node.textValue().isEmpty() ? null : JSON.readTree(node.textValue()))
            : node;
    return value == null ? null : JSON.convertValue(value, Object.class);
  }

  private static String required(JsonNode node, String field) throws IOException {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.textValue().isEmpty()) {
      throw new IOException("snapshot entry lacks \"" + field + "\"");
    }
    return value.textValue();
  }
}
