package dev.tollgate.demo.flags;

import dev.openfeature.sdk.EvaluationContext;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.Value;
import java.util.HashMap;
import java.util.Map;

/** Who a flag is evaluated for: the targeting key plus the attributes segments match on. */
public record FlagSubject(String id, Map<String, String> attributes) {
  public FlagSubject {
    attributes = Map.copyOf(attributes);
  }

  public static FlagSubject of(String id) {
    return new FlagSubject(id, Map.of());
  }

  EvaluationContext toContext() {
    if (attributes.isEmpty()) {
      return new ImmutableContext(id);
    }
    Map<String, Value> values = new HashMap<>();
    attributes.forEach((k, v) -> values.put(k, new Value(v)));
    return new ImmutableContext(id, values);
  }
}
