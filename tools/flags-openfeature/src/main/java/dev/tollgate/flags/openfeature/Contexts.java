package dev.tollgate.flags.openfeature;

import dev.openfeature.sdk.EvaluationContext;
import dev.openfeature.sdk.Value;
import java.util.HashMap;
import java.util.Map;

/** OpenFeature context attributes → Flipt's string context, spelled as Flipt's parsers expect. */
final class Contexts {
  private Contexts() {}

  static Map<String, String> toFlipt(EvaluationContext ctx) {
    Map<String, Value> attributes = ctx.asUnmodifiableMap();
    if (attributes.isEmpty()
        || (attributes.size() == 1 && attributes.containsKey(EvaluationContext.TARGETING_KEY))) {
      return Map.of(); // the common case: a targeting key and nothing to match segments on
    }
    Map<String, String> out = new HashMap<>();
    for (Map.Entry<String, Value> e : attributes.entrySet()) {
      if (e.getKey().equals(EvaluationContext.TARGETING_KEY)) {
        continue;
      }
      String text = text(e.getValue());
      if (text != null) {
        out.put(e.getKey(), text);
      }
    }
    return out;
  }

  /** Numbers without a needless ".0", instants as RFC 3339, structures skipped (no Flipt type). */
  static String text(Value value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isString()) {
      return value.asString();
    }
    if (value.isBoolean()) {
      return value.asBoolean().toString();
    }
    if (value.isNumber()) {
      Object raw = value.asObject();
      if (raw instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
        return Long.toString(d.longValue());
      }
      return String.valueOf(raw);
    }
    if (value.isInstant()) {
      return value.asInstant().toString();
    }
    return null;
  }
}
