package dev.tollgate.flags.eval;

import dev.tollgate.flags.model.Flag;
import dev.tollgate.flags.model.FlagSet;
import dev.tollgate.flags.model.FlagType;
import dev.tollgate.flags.model.Namespace;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * An immutable, thread-safe evaluation snapshot of a {@link FlagSet}, answering exactly as the
 * Flipt server does (variant flags: spec §2.3/§2.4 under the chosen {@link Engine}; boolean flags:
 * §2.5). Evaluation allocates nothing but the result: matched-segment lists are precomputed and the
 * CRC-32 bucket is computed straight over the strings.
 */
public final class Evaluator {
  private final Map<String, Map<String, CompiledFlag>> namespaces;
  private final Engine engine;

  private Evaluator(Map<String, Map<String, CompiledFlag>> namespaces, Engine engine) {
    this.namespaces = namespaces;
    this.engine = engine;
  }

  public static Evaluator compile(FlagSet flags, Engine engine) {
    Map<String, Map<String, CompiledFlag>> out = new HashMap<>();
    for (Namespace ns : flags.namespaces().values()) {
      Map<String, CompiledFlag> compiled = new HashMap<>();
      for (Flag flag : ns.flags().values()) {
        compiled.put(flag.key().intern(), new CompiledFlag(flag, ns.segments(), engine));
      }
      out.put(ns.key().intern(), Map.copyOf(compiled));
    }
    return new Evaluator(Map.copyOf(out), engine);
  }

  public Engine engine() {
    return engine;
  }

  public Optional<FlagType> typeOf(String namespace, String flagKey) {
    return Optional.ofNullable(find(namespace, flagKey)).map(f -> f.type);
  }

  /**
   * Evaluates one flag for one entity.
   *
   * @throws NoSuchElementException when the namespace or flag does not exist
   */
  public EvaluationResult evaluate(
      String namespace, String flagKey, String entityId, Map<String, String> context) {
    CompiledFlag flag = find(namespace, flagKey);
    if (flag == null) {
      throw new NoSuchElementException("flag " + namespace + "/" + flagKey + " not found");
    }
    return flag.evaluate(entityId, context);
  }

  private CompiledFlag find(String namespace, String flagKey) {
    Map<String, CompiledFlag> flags = namespaces.get(namespace);
    return flags == null ? null : flags.get(flagKey);
  }
}
