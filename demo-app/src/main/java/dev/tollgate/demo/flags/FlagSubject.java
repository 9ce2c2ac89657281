package dev.tollgate.demo.flags;

import dev.openfeature.sdk.EvaluationContext;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.Value;
import dev.tollgate.flags.openfeature.FlagSnapshot;
import dev.tollgate.flags.openfeature.TollgateFlagsProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who a flag is evaluated for: the targeting key plus the attributes segments match on. The flag
 * snapshot is taken on the first evaluation and every flag the request evaluates after that uses
 * it, so one request sees one consistent set of flags even across a reload. For the OpenFeature
 * client, the context is likewise built once (an {@link ImmutableContext} is safe to share).
 */
public final class FlagSubject {
  private final String id;
  private final Map<String, String> attributes;
  // both taken on first use: racy but harmless, a request is served by one thread at a time
  private EvaluationContext context;
  private FlagSnapshot snapshot;

  public FlagSubject(String id, Map<String, String> attributes) {
    this.id = Objects.requireNonNull(id, "id");
    this.attributes = Map.copyOf(attributes);
  }

  public static FlagSubject of(String id) {
    return new FlagSubject(id, Map.of());
  }

  public String id() {
    return id;
  }

  public Map<String, String> attributes() {
    return attributes;
  }

  FlagSnapshot snapshot(TollgateFlagsProvider provider) {
    FlagSnapshot taken = snapshot;
    if (taken == null) {
      taken = provider.current();
      snapshot = taken;
    }
    return taken;
  }

  /** The OpenFeature evaluation context, for the SDK client. */
  public EvaluationContext toContext() {
    EvaluationContext built = context;
    if (built == null) {
      built = context(id, attributes);
      context = built;
    }
    return built;
  }

  private static EvaluationContext context(String id, Map<String, String> attributes) {
    if (attributes.isEmpty()) {
      return new ImmutableContext(id);
    }
    Map<String, Value> values = new HashMap<>();
    attributes.forEach((k, v) -> values.put(k, new Value(v)));
    return new ImmutableContext(id, values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FlagSubject s && id.equals(s.id) && attributes.equals(s.attributes);
  }

  @Override
  public int hashCode() {
    return 31 * id.hashCode() + attributes.hashCode();
  }

  @Override
  public String toString() {
    return "FlagSubject[id=" + id + ", attributes=" + attributes + "]";
  }
}
