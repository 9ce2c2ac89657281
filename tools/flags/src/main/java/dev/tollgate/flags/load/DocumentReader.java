package dev.tollgate.flags.load;

import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.ScalarType;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;
import dev.tollgate.flags.model.Flag;
import dev.tollgate.flags.model.FlagType;
import dev.tollgate.flags.model.Rollout;
import dev.tollgate.flags.model.Rule;
import dev.tollgate.flags.model.Segment;
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
  private final TargetingReader targeting;
  private int minor = NEWEST_MINOR;

  DocumentReader(Findings findings) {
    this.findings = findings;
    this.targeting = new TargetingReader(this, findings);
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
      targeting.rule(item).ifPresent(rules::add);
    }
    List<Rollout> rollouts = new ArrayList<>();
    List<YNode> rolloutNodes = f.optionalList("rollouts");
    if (!rolloutNodes.isEmpty() && needs(1, f.keyPosition("rollouts"), "rollouts")) {
      for (YNode item : rolloutNodes) {
        targeting.rollout(item).ifPresent(rollouts::add);
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
}
