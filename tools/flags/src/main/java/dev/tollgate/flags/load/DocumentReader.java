package dev.tollgate.flags.load;

import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.ScalarType;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;
import dev.tollgate.flags.model.Distribution;
import dev.tollgate.flags.model.Flag;
import dev.tollgate.flags.model.FlagType;
import dev.tollgate.flags.model.Rollout;
import dev.tollgate.flags.model.Rule;
import dev.tollgate.flags.model.Segment;
import dev.tollgate.flags.model.SegmentOperator;
import dev.tollgate.flags.model.Variant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one declarative document with the semantics of Flipt's CUE schema ({@code
 * core/validation/flipt.cue}): closed definitions, version-gated fields, key patterns and operator
 * tables. Problems become positioned diagnostics; what can be read is returned.
 */
final class DocumentReader {
  static final int NEWEST_MINOR = 6;
  private static final Pattern KEY = Pattern.compile("[-_,A-Za-z0-9]+");

  /** The document's flags and segments, in file order, and its namespace (null if unstated). */
  record Document(
      String namespace, Position namespacePosition, List<Flag> flags, List<Segment> segments) {}

  private final Findings findings;
  private int minor = NEWEST_MINOR;

  DocumentReader(Findings findings) {
    this.findings = findings;
  }

  Optional<Document> read(YNode root, String defaultNamespace) {
    Optional<Fields> top = Fields.of(root, "the document", findings);
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Fields doc = top.get();
    doc.closed(Set.of("version", "namespace", "flags", "segments"));
    doc.optionalString("version").ifPresent(v -> minor = version(v, doc.node("version")));
    String namespace = null;
    YNode nsNode = doc.node("namespace");
    if (nsNode != null && !Fields.isNull(nsNode)) {
      namespace = namespace(nsNode);
    }
    String ns = namespace == null ? defaultNamespace : namespace;
    List<Segment> segments = new ArrayList<>();
    for (YNode item : doc.optionalList("segments")) {
      new SegmentReader(this, findings).segment(item).ifPresent(segments::add);
    }
    List<Flag> flags = new ArrayList<>();
    for (YNode item : doc.optionalList("flags")) {
      flag(item, ns).ifPresent(flags::add);
    }
    return Optional.of(
        new Document(
            namespace, nsNode == null ? doc.position() : nsNode.position(), flags, segments));
  }

  private int version(String text, YNode node) {
    if (text.matches("1\\.[0-6]")) {
      return text.charAt(2) - '0';
    }
    findings.error(
        node.position(),
        Fields.SCHEMA,
        "unsupported version \"" + text + "\"",
        "Use a Flipt format version from \"1.0\" to \"1.6\" (\"1.6\" needs Flipt v2.11+).");
    return NEWEST_MINOR;
  }

  boolean needs(int wanted, Position position, String feature) {
    if (minor >= wanted) {
      return true;
    }
    findings.error(
        position,
        "flag-version-feature",
        feature
            + " needs format version \"1."
            + wanted
            + "\" but the file says \"1."
            + minor
            + "\"",
        "Raise version: to \"1." + wanted + "\" (or remove version: to get the newest format).");
    return false;
  }

  private String namespace(YNode node) {
    if (node instanceof YScalar s && s.type() == ScalarType.STRING) {
      checkKey(s.text(), s.position(), "namespace key");
      return s.text();
    }
    Optional<Fields> f = Fields.of(node, "namespace", findings);
    if (f.isEmpty()) {
      return null;
    }
    f.get().closed(Set.of("key", "name", "description"));
    f.get().optionalString("name");
    f.get().optionalString("description");
    String key = f.get().optionalString("key").orElse("default");
    checkKey(key, f.get().keyPosition("key"), "namespace key");
    return key;
  }

  void checkKey(String key, Position position, String what) {
    if (!KEY.matcher(key).matches()) {
      findings.error(
          position,
          Fields.SCHEMA,
          what + " \"" + key + "\" does not match ^[-_,A-Za-z0-9]+$",
          "Use only letters, digits, '-', '_' and ','.");
    }
  }

  private Optional<Flag> flag(YNode node, String namespace) {
    Optional<Fields> opt = Fields.of(node, "flag", findings);
    if (opt.isEmpty()) {
      return Optional.empty();
    }
    Fields f = opt.get();
    f.closed(
        Set.of(
            "key",
            "name",
            "description",
            "enabled",
            "type",
            "metadata",
            "variants",
            "rules",
            "rollouts"));
    Optional<String> key = f.requiredString("key");
    key.ifPresent(k -> checkKey(k, f.node("key").position(), "flag key"));
    Optional<String> name = f.requiredString("name");
    String description = f.optionalString("description").orElse("");
    boolean enabled = f.optionalBool("enabled").orElse(false);
    FlagType type = FlagType.VARIANT;
    if (f.has("type") && needs(1, f.keyPosition("type"), "flag type")) {
      String t = f.optionalString("type").orElse("VARIANT_FLAG_TYPE");
      if (t.equals("BOOLEAN_FLAG_TYPE")) {
        type = FlagType.BOOLEAN;
      } else if (!t.equals("VARIANT_FLAG_TYPE")) {
        findings.error(
            f.node("type").position(),
            Fields.SCHEMA,
            "unknown flag type \"" + t + "\"",
            "Use VARIANT_FLAG_TYPE or BOOLEAN_FLAG_TYPE.");
      }
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    Map<String, Position> metadataPositions = new LinkedHashMap<>();
    if (f.has("metadata") && needs(3, f.keyPosition("metadata"), "flag metadata")) {
      metadata(f.node("metadata"), metadata, metadataPositions);
    }
    List<Variant> variants = new ArrayList<>();
    for (YNode item : f.optionalList("variants")) {
      variant(item).ifPresent(variants::add);
    }
    List<Rule> rules = new ArrayList<>();
    for (YNode item : f.optionalList("rules")) {
      rule(item).ifPresent(rules::add);
    }
    List<Rollout> rollouts = new ArrayList<>();
    List<YNode> rolloutNodes = f.optionalList("rollouts");
    if (!rolloutNodes.isEmpty() && needs(1, f.keyPosition("rollouts"), "rollouts")) {
      for (YNode item : rolloutNodes) {
        rollout(item).ifPresent(rollouts::add);
      }
    }
    if (key.isEmpty() || name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Flag(
            namespace,
            key.get(),
            name.get(),
            description,
            type,
            enabled,
            metadata,
            metadataPositions,
            variants,
            rules,
            rollouts,
            f.position()));
  }

  private void metadata(YNode node, Map<String, String> out, Map<String, Position> positions) {
    if (!(node instanceof YMap map)) {
      findings.error(
          node.position(),
          Fields.SCHEMA,
          "flag metadata must be a mapping",
          "Write metadata as key: value pairs.");
      return;
    }
    for (YNode.Entry e : map.entries().values()) {
      YNode value = e.value();
      if (value instanceof YScalar s && !s.isNull()) {
        out.put(e.key(), s.text());
        positions.put(e.key(), s.position());
        YamlWords.check(s, "metadata value", findings);
      } else if (Fields.isNull(value) || minor < 5) {
        findings.error(
            value.position(),
            Fields.SCHEMA,
            "metadata \""
                + e.key()
                + "\" must be "
                + (minor < 5 ? "a string, number or boolean" : "non-null"),
            minor < 5
                ? "Use a scalar value, or raise version: to \"1.5\" (Flipt v2) for structured ones."
                : "Give the key a value or remove it.");
      } else {
        positions.put(e.key(), value.position());
      }
    }
  }

  private Optional<Variant> variant(YNode node) {
    Optional<Fields> opt = Fields.of(node, "variant", findings);
    if (opt.isEmpty()) {
      return Optional.empty();
    }
    Fields f = opt.get();
    f.closed(Set.of("key", "name", "description", "attachment", "default"));
    if (f.node("key") instanceof YScalar s) {
      YamlWords.check(s, "variant key", findings);
    }
    Optional<String> key = f.requiredString("key");
    String name = f.optionalString("name").orElse("");
    f.optionalString("description");
    Object attachment = null;
    YNode att = f.node("attachment");
    if (att != null && !Fields.isNull(att)) {
      if (att instanceof YScalar) {
        findings.error(
            att.position(),
            Fields.SCHEMA,
            "variant attachment must be an object or a list",
            "Write the attachment as a YAML mapping or list; it is stored as JSON.");
      } else {
        attachment = att.toJava();
        YamlWords.checkTree(att, findings);
      }
    }
    boolean isDefault = false;
    if (f.has("default") && needs(3, f.keyPosition("default"), "variant default")) {
      isDefault = f.optionalBool("default").orElse(false);
    }
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Variant(key.get(), name, attachment, isDefault, f.position()));
  }

  private Optional<Rule> rule(YNode node) {
    Optional<Fields> opt = Fields.of(node, "rule", findings);
    if (opt.isEmpty()) {
      return Optional.empty();
    }
    Fields f = opt.get();
    f.closed(Set.of("segment", "rank", "distributions"));
    if (f.has("rank")) {
      f.optionalNumber("rank");
    }
    Optional<SegmentRef> ref = segmentRef(f, "segment", true);
    List<Distribution> distributions = new ArrayList<>();
    for (YNode item : f.optionalList("distributions")) {
      distribution(item).ifPresent(distributions::add);
    }
    return ref.map(r -> new Rule(r.keys, r.operator, distributions, f.position()));
  }

  private record SegmentRef(List<String> keys, SegmentOperator operator) {}

  /** A rule's {@code segment}: a key, or (1.2+) {@code {keys, operator}}. */
  private Optional<SegmentRef> segmentRef(Fields f, String field, boolean allowPlainKey) {
    YNode node = f.node(field);
    if (node == null || Fields.isNull(node)) {
      f.requiredString(field);
      return Optional.empty();
    }
    if (allowPlainKey && node instanceof YScalar) {
      return f.optionalString(field).map(k -> new SegmentRef(List.of(k), SegmentOperator.OR));
    }
    if (allowPlainKey && !needs(2, node.position(), "a multi-segment rule")) {
      return Optional.empty();
    }
    return segmentBlock(node, Set.of("keys", "operator"));
  }

  private Optional<SegmentRef> segmentBlock(YNode node, Set<String> allowed) {
    Optional<Fields> opt = Fields.of(node, "segment", findings);
    if (opt.isEmpty()) {
      return Optional.empty();
    }
    Fields s = opt.get();
    s.closed(allowed);
    List<String> keys = new ArrayList<>();
    if (allowed.contains("key") && s.has("key")) {
      s.optionalString("key").ifPresent(keys::add);
    }
    for (YNode k : s.optionalList("keys")) {
      if (k instanceof YScalar sc && sc.type() == ScalarType.STRING) {
        keys.add(sc.text());
      } else {
        findings.error(
            k.position(),
            Fields.SCHEMA,
            "segment keys must be strings",
            "Write each segment key as text.");
      }
    }
    if (keys.isEmpty()) {
      findings.error(
          s.position(),
          Fields.SCHEMA,
          "segment block names no segment",
          "Add key: <segment> or keys: [<segment>, ...].");
      return Optional.empty();
    }
    SegmentOperator op = SegmentOperator.OR;
    Optional<String> opText = s.optionalString("operator");
    if (opText.isPresent()) {
      switch (opText.get()) {
        case "OR_SEGMENT_OPERATOR" -> op = SegmentOperator.OR;
        case "AND_SEGMENT_OPERATOR" -> op = SegmentOperator.AND;
        default ->
            findings.error(
                s.node("operator").position(),
                Fields.SCHEMA,
                "unknown segment operator \"" + opText.get() + "\"",
                "Use OR_SEGMENT_OPERATOR or AND_SEGMENT_OPERATOR.");
      }
    }
    return Optional.of(new SegmentRef(keys, op));
  }

  private Optional<Distribution> distribution(YNode node) {
    Optional<Fields> opt = Fields.of(node, "distribution", findings);
    if (opt.isEmpty()) {
      return Optional.empty();
    }
    Fields f = opt.get();
    f.closed(Set.of("variant", "rollout"));
    if (f.node("variant") instanceof YScalar s) {
      YamlWords.check(s, "distribution variant", findings);
    }
    Optional<String> variant = f.requiredString("variant");
    Optional<Double> rollout = f.optionalNumber("rollout");
    if (f.node("rollout") == null) {
      findings.error(
          f.position(),
          Fields.SCHEMA,
          "distribution has no \"rollout\"",
          "Add rollout: <percent 0..100>.");
    }
    if (rollout.isPresent() && (rollout.get() < 0 || rollout.get() > 100)) {
      findings.error(
          f.node("rollout").position(),
          "flag-rollout-range",
          "rollout " + rollout.get() + " is outside 0..100",
          "A distribution's rollout is a percentage between 0 and 100.");
    }
    if (variant.isEmpty() || rollout.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Distribution(variant.get(), rollout.get().floatValue(), f.position()));
  }

  private Optional<Rollout> rollout(YNode node) {
    Optional<Fields> opt = Fields.of(node, "rollout", findings);
    if (opt.isEmpty()) {
      return Optional.empty();
    }
    Fields f = opt.get();
    f.closed(Set.of("description", "threshold", "segment"));
    f.optionalString("description");
    boolean hasThreshold = f.has("threshold");
    boolean hasSegment = f.has("segment");
    if (hasThreshold == hasSegment) {
      findings.error(
          f.position(),
          Fields.SCHEMA,
          "a rollout needs exactly one of \"threshold\" or \"segment\"",
          "Split it into two rollouts, or add the missing block.");
      return Optional.empty();
    }
    if (hasThreshold) {
      Optional<Fields> t = Fields.of(f.node("threshold"), "threshold", findings);
      if (t.isEmpty()) {
        return Optional.empty();
      }
      t.get().closed(Set.of("percentage", "value"));
      Optional<Double> pct = t.get().optionalNumber("percentage");
      if (t.get().node("percentage") == null) {
        findings.error(
            t.get().position(),
            Fields.SCHEMA,
            "threshold has no \"percentage\"",
            "Add percentage: <0..100>.");
      }
      if (pct.isPresent() && (pct.get() < 0 || pct.get() > 100)) {
        findings.error(
            t.get().node("percentage").position(),
            "flag-threshold-range",
            "threshold percentage " + pct.get() + " is outside 0..100",
            "Use a percentage between 0 and 100.");
      }
      boolean value = t.get().optionalBool("value").orElse(false);
      return pct.map(p -> Rollout.threshold(p.floatValue(), value, f.position()));
    }
    YNode seg = f.node("segment");
    Optional<Fields> s = Fields.of(seg, "segment rollout", findings);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (s.get().has("keys")) {
      needs(2, s.get().keyPosition("keys"), "a multi-segment rollout");
    }
    boolean value = s.get().optionalBool("value").orElse(false);
    return segmentBlock(seg, Set.of("key", "keys", "operator", "value"))
        .map(r -> Rollout.segment(r.keys, r.operator, value, f.position()));
  }
}
