package dev.tollgate.core.yaml;

import dev.tollgate.core.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small immutable YAML tree in which every node knows its position. Rules navigate it with {@link
 * #get(String...)} and report at {@link #position()}; {@link #toJava()} gives plain maps, lists and
 * scalars for binding or schema validation.
 */
public sealed interface YNode permits YNode.YMap, YNode.YSeq, YNode.YScalar {

  Position position();

  /**
   * Plain Java: {@code Map<String,Object>}, {@code List<Object>}, String, Long, Double, Boolean.
   */
  Object toJava();

  /** Follows map keys and (numeric) list indexes; empty when any step is missing. */
  default Optional<YNode> get(String... path) {
    YNode current = this;
    for (String step : path) {
      if (current instanceof YMap map) {
        YNode next = map.child(step);
        if (next == null) {
          return Optional.empty();
        }
        current = next;
      } else if (current instanceof YSeq seq && step.chars().allMatch(Character::isDigit)) {
        int index = Integer.parseInt(step);
        if (index >= seq.items().size()) {
          return Optional.empty();
        }
        current = seq.items().get(index);
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(current);
  }

  /** The scalar text at {@code path}, if that node exists and is a scalar. */
  default Optional<String> text(String... path) {
    return get(path).filter(YScalar.class::isInstance).map(n -> ((YScalar) n).text());
  }

  default Optional<YMap> map(String... path) {
    return get(path).filter(YMap.class::isInstance).map(YMap.class::cast);
  }

  /** The items at {@code path}, or an empty list when it is missing or not a sequence. */
  default List<YNode> items(String... path) {
    return get(path).filter(YSeq.class::isInstance).map(n -> ((YSeq) n).items()).orElse(List.of());
  }

  /** One key of a mapping: the key's own position is kept for "unknown field" messages. */
  record Entry(String key, Position keyPosition, YNode value) {}

  record YMap(Position position, Map<String, Entry> entries) implements YNode {
    public YMap {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public YNode child(String key) {
      Entry entry = entries.get(key);
      return entry == null ? null : entry.value();
    }

    public boolean has(String key) {
      return entries.containsKey(key);
    }

    /** The key's position when present, else this map's. */
    public Position keyPosition(String key) {
      Entry entry = entries.get(key);
      return entry == null ? position : entry.keyPosition();
    }

    @Override
    public Object toJava() {
      Map<String, Object> out = new LinkedHashMap<>();
      entries.forEach((k, e) -> out.put(k, e.value().toJava()));
      return out;
    }
  }

  record YSeq(Position position, List<YNode> items) implements YNode {
    public YSeq {
      items = List.copyOf(items);
    }

    @Override
    public Object toJava() {
      List<Object> out = new ArrayList<>(items.size());
      items.forEach(i -> out.add(i.toJava()));
      return out;
    }
  }

  /**
   * A scalar: its source text, the YAML 1.2 core-schema type it resolved to, and whether it was
   * written plain (unquoted), which matters for YAML 1.1 words such as {@code yes} and {@code on}.
   */
  record YScalar(Position position, String text, ScalarType type, boolean plain) implements YNode {

    public boolean isNull() {
      return type == ScalarType.NULL;
    }

    @Override
    public Object toJava() {
      return switch (type) {
        case NULL -> null;
        case BOOL -> Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT));
        case INT -> ScalarType.parseInt(text);
        case FLOAT -> ScalarType.parseFloat(text);
        case STRING -> text;
      };
    }
  }
}
