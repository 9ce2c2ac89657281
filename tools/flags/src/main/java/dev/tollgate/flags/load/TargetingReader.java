package dev.tollgate.flags.load;

import dev.tollgate.core.yaml.ScalarType;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YScalar;
import dev.tollgate.flags.model.Distribution;
import dev.tollgate.flags.model.Rollout;
import dev.tollgate.flags.model.Rule;
import dev.tollgate.flags.model.SegmentOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The targeting part of a flag: variant rules with their distributions, and boolean rollouts
 * (thresholds and segments), read with the same schema semantics as {@link DocumentReader}.
 */
final class TargetingReader {
  private final DocumentReader document;
  private final Findings findings;

  TargetingReader(DocumentReader document, Findings findings) {
    this.document = document;
    this.findings = findings;
  }

  Optional<Rule> rule(YNode node) {
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
    if (allowPlainKey && !document.needs(2, node.position(), "a multi-segment rule")) {
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

  Optional<Rollout> rollout(YNode node) {
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
      document.needs(2, s.get().keyPosition("keys"), "a multi-segment rollout");
    }
    boolean value = s.get().optionalBool("value").orElse(false);
    return segmentBlock(seg, Set.of("key", "keys", "operator", "value"))
        .map(r -> Rollout.segment(r.keys, r.operator, value, f.position()));
  }
}
