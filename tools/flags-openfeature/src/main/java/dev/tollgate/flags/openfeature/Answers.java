package dev.tollgate.flags.openfeature;

import dev.openfeature.sdk.ErrorCode;
import dev.openfeature.sdk.ImmutableMetadata;
import dev.openfeature.sdk.MutableStructure;
import dev.openfeature.sdk.ProviderEvaluation;
import dev.openfeature.sdk.Reason;
import dev.openfeature.sdk.Value;
import dev.tollgate.flags.eval.EvaluationResult;
import dev.tollgate.flags.model.FlagType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Maps Flipt answers to OpenFeature evaluations. Boolean flags answer booleans; variant flags
 * answer their variant key as a string, numbers from the attachment's {@code value} field (or a
 * numeric variant key), and objects from the attachment. Reasons: MATCH → TARGETING_MATCH, DEFAULT
 * → DEFAULT, FLAG_DISABLED → DISABLED, UNKNOWN → DEFAULT with the caller's default value; Flipt's
 * own reason is kept in the flag metadata as {@code flipt-reason}.
 */
final class Answers {
  private static final int METADATA_MAX = 1024;
  private static final Map<MetadataKey, ImmutableMetadata> METADATA = new ConcurrentHashMap<>();

  private Answers() {}

  /** An evaluation or an error, before typing. */
  record Outcome(EvaluationResult result, ErrorCode error, String message) {
    static Outcome of(EvaluationResult result) {
      return new Outcome(result, null, null);
    }

    static Outcome error(ErrorCode code, String message) {
      return new Outcome(null, code, message);
    }
  }

  static ProviderEvaluation<Boolean> bool(Outcome o, Boolean defaultValue) {
    if (o.error != null) {
      return error(o, defaultValue);
    }
    if (o.result.type() != FlagType.BOOLEAN) {
      return mismatch(
          defaultValue,
          "variant flag "
              + o.result.flag()
              + " has no boolean value;"
              + " evaluate it as a string");
    }
    return ProviderEvaluation.<Boolean>builder()
        .value(o.result.enabled())
        .reason(reason(o.result))
        .flagMetadata(metadata(o.result))
        .build();
  }

  static ProviderEvaluation<String> string(Outcome o, String defaultValue) {
    if (o.error != null) {
      return error(o, defaultValue);
    }
    if (o.result.type() != FlagType.VARIANT) {
      return mismatch(defaultValue, "boolean flag " + o.result.flag() + " has no string value");
    }
    return variantAnswer(o.result, defaultValue, o.result.variant());
  }

  static <T> ProviderEvaluation<T> number(Outcome o, T defaultValue, Function<Object, T> convert) {
    if (o.error != null) {
      return error(o, defaultValue);
    }
    if (o.result.type() != FlagType.VARIANT) {
      return mismatch(defaultValue, "boolean flag " + o.result.flag() + " has no number value");
    }
    if (o.result.variant() == null) {
      return variantAnswer(o.result, defaultValue, null);
    }
    Object raw =
        o.result.attachment() instanceof Map<?, ?> m && m.containsKey("value")
            ? m.get("value")
            : o.result.variant();
    T value = convert.apply(raw);
    if (value == null) {
      return mismatch(
          defaultValue,
          "variant "
              + o.result.variant()
              + " of "
              + o.result.flag()
              + " carries no number (attachment {value: <number>} or a numeric key)");
    }
    return variantAnswer(o.result, defaultValue, value);
  }

  static ProviderEvaluation<Value> object(Outcome o, Value defaultValue) {
    if (o.error != null) {
      return error(o, defaultValue);
    }
    if (o.result.type() != FlagType.VARIANT) {
      return mismatch(defaultValue, "boolean flag " + o.result.flag() + " has no object value");
    }
    Value value = o.result.attachment() == null ? null : toValue(o.result.attachment());
    return variantAnswer(o.result, defaultValue, o.result.variant() == null ? null : value);
  }

  private static <T> ProviderEvaluation<T> variantAnswer(
      EvaluationResult r, T defaultValue, T value) {
    boolean answered = r.variant() != null && value != null;
    return ProviderEvaluation.<T>builder()
        .value(answered ? value : defaultValue)
        .variant(r.variant())
        .reason(variantReason(r, answered))
        .flagMetadata(metadata(r))
        .build();
  }

  /** The reason of a variant answer; one without a value falls back to the caller's default. */
  static String variantReason(EvaluationResult r, boolean answered) {
    if (answered) {
      return reason(r);
    }
    return r.reason() == dev.tollgate.flags.eval.Reason.FLAG_DISABLED
        ? Reason.DISABLED.name()
        : Reason.DEFAULT.name();
  }

  static String reason(EvaluationResult r) {
    return switch (r.reason()) {
      case MATCH -> Reason.TARGETING_MATCH.name();
      case DEFAULT, UNKNOWN -> Reason.DEFAULT.name();
      case FLAG_DISABLED -> Reason.DISABLED.name();
    };
  }

  /**
   * The flag metadata of an answer. It depends only on Flipt's reason and the matched segments,
   * whose lists the evaluator precomputes, so the few distinct (immutable) values are built once
   * and shared instead of once per evaluation.
   */
  private static ImmutableMetadata metadata(EvaluationResult r) {
    MetadataKey key = new MetadataKey(r.reason(), r.segments());
    ImmutableMetadata metadata = METADATA.get(key);
    if (metadata == null) {
      if (METADATA.size() >= METADATA_MAX) {
        METADATA.clear(); // only reachable with very many segment combinations; stay bounded
      }
      metadata =
          ImmutableMetadata.builder()
              .addString("flipt-reason", r.reason().name())
              .addString("flipt-segments", String.join(",", r.segments()))
              .build();
      METADATA.put(key, metadata);
    }
    return metadata;
  }

  /**
   * The evaluator hands out one precomputed list instance per matched-segment combination, so the
   * key compares the list by identity: a value comparison walked the list on every evaluation.
   */
  private record MetadataKey(dev.tollgate.flags.eval.Reason reason, List<String> segments) {
    @Override
    public boolean equals(Object o) {
      return o instanceof MetadataKey k && k.reason == reason && k.segments == segments;
    }

    @Override
    public int hashCode() {
      return reason.hashCode() * 31 + System.identityHashCode(segments);
    }
  }

  private static <T> ProviderEvaluation<T> error(Outcome o, T defaultValue) {
    return ProviderEvaluation.<T>builder()
        .value(defaultValue)
        .reason(Reason.ERROR.name())
        .errorCode(o.error)
        .errorMessage(o.message)
        .build();
  }

  private static <T> ProviderEvaluation<T> mismatch(T defaultValue, String message) {
    return error(Outcome.error(ErrorCode.TYPE_MISMATCH, message), defaultValue);
  }

  static Integer toInteger(Object raw) {
    Double d = toDouble(raw);
    return d != null && d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE ? d.intValue() : null;
  }

  static Double toDouble(Object raw) {
    if (raw instanceof Number n) {
      return n.doubleValue();
    }
    if (raw instanceof String s) {
      try {
        return Double.valueOf(s);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  static Value toValue(Object raw) {
    if (raw == null) {
      return new Value();
    }
    if (raw instanceof Map<?, ?> map) {
      MutableStructure structure = new MutableStructure();
      map.forEach((k, v) -> structure.add(String.valueOf(k), toValue(v)));
      return new Value(structure);
    }
    if (raw instanceof List<?> list) {
      List<Value> values = new ArrayList<>();
      list.forEach(v -> values.add(toValue(v)));
      return new Value(values);
    }
    if (raw instanceof Boolean b) {
      return new Value(b);
    }
    if (raw instanceof Integer || raw instanceof Long) {
      long l = ((Number) raw).longValue();
      return l == (int) l ? new Value((int) l) : new Value((double) l);
    }
    if (raw instanceof Number n) {
      return new Value(n.doubleValue());
    }
    return new Value(String.valueOf(raw));
  }
}
