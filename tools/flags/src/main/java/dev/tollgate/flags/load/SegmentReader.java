package dev.tollgate.flags.load;

import dev.tollgate.core.yaml.ScalarType;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YScalar;
import dev.tollgate.core.yaml.YNode.YSeq;
import dev.tollgate.flags.model.ComparisonType;
import dev.tollgate.flags.model.Constraint;
import dev.tollgate.flags.model.MatchType;
import dev.tollgate.flags.model.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads segments and their constraints for {@link DocumentReader} (same schema semantics). */
final class SegmentReader {
  private final DocumentReader document;
  private final Findings findings;

  SegmentReader(DocumentReader document, Findings findings) {
    this.document = document;
    this.findings = findings;
  }

  Optional<Segment> segment(YNode node) {
    Optional<Fields> opt = Fields.of(node, "segment", findings);
    if (opt.isEmpty()) {
      return Optional.empty();
    }
    Fields f = opt.get();
    f.closed(Set.of("key", "name", "description", "match_type", "constraints"));
    Optional<String> key = f.requiredString("key");
    key.ifPresent(k -> document.checkKey(k, f.node("key").position(), "segment key"));
    Optional<String> name = f.requiredString("name");
    f.optionalString("description");
    MatchType matchType = null;
    Optional<String> mt = f.requiredString("match_type");
    if (mt.isPresent()) {
      switch (mt.get()) {
        case "ALL_MATCH_TYPE" -> matchType = MatchType.ALL;
        case "ANY_MATCH_TYPE" -> matchType = MatchType.ANY;
        default ->
            findings.error(
                f.node("match_type").position(),
                Fields.SCHEMA,
                "unknown match_type \"" + mt.get() + "\"",
                "Use ALL_MATCH_TYPE or ANY_MATCH_TYPE.");
      }
    }
    List<Constraint> constraints = new ArrayList<>();
    for (YNode item : f.optionalList("constraints")) {
      constraint(item).ifPresent(constraints::add);
    }
    if (key.isEmpty() || name.isEmpty() || matchType == null) {
      return Optional.empty();
    }
    return Optional.of(new Segment(key.get(), name.get(), matchType, constraints, f.position()));
  }

  private Optional<Constraint> constraint(YNode node) {
    Optional<Fields> opt = Fields.of(node, "constraint", findings);
    if (opt.isEmpty()) {
      return Optional.empty();
    }
    Fields f = opt.get();
    f.closed(Set.of("type", "property", "operator", "value", "description"));
    f.optionalString("description");
    ComparisonType type = null;
    Optional<String> typeText = f.requiredString("type");
    if (typeText.isPresent()) {
      for (ComparisonType t : ComparisonType.values()) {
        if (t.fileName().equals(typeText.get())) {
          type = t;
        }
      }
      if (type == null) {
        findings.error(
            f.node("type").position(),
            Fields.SCHEMA,
            "unknown constraint type \"" + typeText.get() + "\"",
            "Use one of STRING_, NUMBER_, BOOLEAN_, DATETIME_ or ENTITY_ID_COMPARISON_TYPE.");
      }
    }
    Optional<String> property = f.requiredString("property");
    Optional<String> operator = f.requiredString("operator");
    String value = constraintValue(f, operator.orElse(""));
    if (type == null || property.isEmpty() || operator.isEmpty()) {
      return Optional.empty();
    }
    if (!type.operators().contains(operator.get())) {
      findings.error(
          f.node("operator").position(),
          Fields.SCHEMA,
          "operator \"" + operator.get() + "\" is not allowed for " + type.fileName(),
          "Use one of: " + String.join(", ", type.operators().stream().sorted().toList()) + ".");
      return Optional.empty();
    }
    return Optional.of(new Constraint(type, property.get(), operator.get(), value, f.position()));
  }

  /** The stored value text; a YAML list (format 1.6, isoneof only) becomes a JSON array string. */
  private String constraintValue(Fields f, String operator) {
    YNode node = f.node("value");
    if (node == null || Fields.isNull(node)) {
      return null;
    }
    if (node instanceof YSeq seq && (operator.equals("isoneof") || operator.equals("isnotoneof"))) {
      if (!document.needs(6, node.position(), "a YAML list as constraint value")) {
        return null;
      }
      List<Object> items = new ArrayList<>();
      for (YNode item : seq.items()) {
        if (item instanceof YScalar s
            && (s.type() == ScalarType.STRING
                || s.type() == ScalarType.INT
                || s.type() == ScalarType.FLOAT)) {
          items.add(s.type() == ScalarType.STRING ? s.text() : ((Number) s.toJava()).doubleValue());
        } else {
          findings.error(
              item.position(),
              Fields.SCHEMA,
              "list items of an isoneof value must be strings or numbers",
              "Write each item as a string or a number.");
          return null;
        }
      }
      return Json.write(items);
    }
    return f.optionalString("value").orElse(null);
  }
}
