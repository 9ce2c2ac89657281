package dev.tollgate.flags.flipper;

import dev.tollgate.flags.eval.Crc32;
import dev.tollgate.flags.flipper.FlipperExpression.Call;
import dev.tollgate.flags.flipper.RubyValues.RubyError;
import dev.tollgate.flags.flipper.RubyValues.RubyTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a {@link Call} tree as Flipper's {@code Expression#evaluate} does: every argument is
 * evaluated first (no short-circuit in All/Any, so an error anywhere raises), then the function.
 * Values that depend on {@code Random} (or on a feature that is only probabilistically on) are
 * {@link Unknown}; they propagate, and the gate's answer is then reported as probabilistic rather
 * than rolled.
 */
final class ExpressionEvaluator {
  private static final int SCALING_FACTOR = 1_000;

  /** A value decided by chance; {@code kind} is what Ruby would certainly return. */
  enum Unknown {
    INTEGER,
    FLOAT,
    BOOLEAN,
    ANY;

    boolean number() {
      return this == INTEGER || this == FLOAT;
    }
  }

  private final String featureName;
  private final Map<String, Object> properties;
  private final FlipperEvaluator.Scope scope;

  /**
   * @param properties the actor's properties plus {@code flipper_id} (empty without an actor)
   * @param scope the clock, the other features and the cycle guard for FeatureEnabled
   */
  ExpressionEvaluator(
      String featureName, Map<String, Object> properties, FlipperEvaluator.Scope scope) {
    this.featureName = featureName;
    this.properties = properties;
    this.scope = scope;
  }

  Object evaluate(Object node) {
    if (!(node instanceof Call call)) {
      return node; // a constant
    }
    List<Object> args = new ArrayList<>();
    for (Object arg : call.args()) {
      args.add(evaluate(arg));
    }
    try {
      return apply(call.function(), args);
    } catch (RubyError e) {
      throw e.at(call.path());
    }
  }

  private Object apply(String function, List<Object> a) {
    return switch (function) {
      case "All" -> all(a);
      case "Any" -> any(a);
      case "Equal" -> equal(a.get(0), a.get(1), false);
      case "NotEqual" -> equal(a.get(0), a.get(1), true);
      case "GreaterThan" -> compare(a.get(0), a.get(1), ">", c -> c > 0);
      case "GreaterThanOrEqualTo" -> compare(a.get(0), a.get(1), ">=", c -> c >= 0);
      case "LessThan" -> compare(a.get(0), a.get(1), "<", c -> c < 0);
      case "LessThanOrEqualTo" -> compare(a.get(0), a.get(1), "<=", c -> c <= 0);
      case "Property" -> a.get(0) instanceof Unknown ? Unknown.ANY : property(a.get(0));
      case "Boolean" -> bool(a.get(0));
      case "Number" -> number(a.get(0));
      case "String" -> a.get(0) instanceof Unknown ? Unknown.ANY : RubyValues.toS(a.get(0));
      case "Time" -> time(a.get(0));
      case "Now" -> scope.now();
      case "Percentage" -> percentage(a.get(0));
      case "PercentageOfActors" -> percentageOfActors(a.get(0), a.get(1));
      case "Random" -> random(a.isEmpty() ? null : a.get(0));
      case "FeatureEnabled" -> featureEnabled(a.get(0));
      default -> throw new IllegalStateException("unchecked function " + function);
    };
  }

  /** Ruby truthiness, or null when chance decides it. */
  static Boolean truth(Object value) {
    if (value instanceof Unknown u) {
      return u.number() ? Boolean.TRUE : null; // a number is truthy, even a random one
    }
    return RubyValues.truthy(value);
  }

  private static Object all(List<Object> args) {
    boolean unknown = false;
    for (Object v : args) {
      Boolean t = truth(v);
      if (t == null) {
        unknown = true;
      } else if (!t) {
        return false;
      }
    }
    return unknown ? Unknown.BOOLEAN : (Object) true;
  }

  private static Object any(List<Object> args) {
    boolean unknown = false;
    for (Object v : args) {
      Boolean t = truth(v);
      if (t == null) {
        unknown = true;
      } else if (t) {
        return true;
      }
    }
    return unknown ? Unknown.BOOLEAN : (Object) false;
  }

  /** Ruby {@code ==} / {@code !=}: 1 == 1.0, "1" != 1, nil == nil. */
  private static Object equal(Object left, Object right, boolean negate) {
    if (left instanceof Unknown || right instanceof Unknown) {
      if (differentKinds(left, right)) {
        return negate; // a random number never equals a string, nil or a boolean
      }
      return Unknown.BOOLEAN;
    }
    return RubyValues.rubyEquals(left, right) != negate;
  }

  private static boolean differentKinds(Object left, Object right) {
    Object known = left instanceof Unknown ? right : left;
    Unknown u = (Unknown) (left instanceof Unknown ? left : right);
    if (known instanceof Unknown other) {
      return (u.number() && other == Unknown.BOOLEAN) || (u == Unknown.BOOLEAN && other.number());
    }
    if (u.number()) {
      return !RubyValues.isNumber(known);
    }
    return u == Unknown.BOOLEAN && !(known instanceof Boolean);
  }

  /**
   * Flipper's Comparable: {@code left.respond_to?(op) && right.respond_to?(op) && left op right}.
   * nil, true and false have no {@code >}, so the answer is false; numbers, strings and times
   * compare among their own kind, and across kinds Ruby raises ArgumentError.
   */
  private static Object compare(
      Object left, Object right, String op, java.util.function.IntPredicate holds) {
    if (!comparable(left) || !comparable(right)) {
      return false;
    }
    if (left instanceof Unknown || right instanceof Unknown) {
      Object known = left instanceof Unknown ? right : left;
      boolean bothNumbers =
          (!(left instanceof Unknown l) || l.number())
              && (!(right instanceof Unknown r) || r.number());
      if (bothNumbers && (known instanceof Unknown || RubyValues.isNumber(known))) {
        return Unknown.BOOLEAN;
      }
      if (left == Unknown.ANY || right == Unknown.ANY) {
        return Unknown.ANY;
      }
      throw new RubyError(
          "comparison of a random number with "
              + RubyValues.inspect(known)
              + " failed (ArgumentError)");
    }
    int c;
    if (RubyValues.isNumber(left) && RubyValues.isNumber(right)) {
      c = RubyValues.compareNumbers(left, right);
      if (c == 2) {
        return false; // NaN: every comparison is false
      }
    } else if (left instanceof String x && right instanceof String y) {
      c = RubyValues.compareStrings(x, y);
    } else if (left instanceof RubyTime x && right instanceof RubyTime y) {
      c = x.instant().compareTo(y.instant());
    } else {
      throw new RubyError(
          "comparison of "
              + RubyValues.className(left)
              + " with "
              + RubyValues.inspect(right)
              + " failed (ArgumentError, "
              + op
              + ")");
    }
    return holds.test(c);
  }

  private static boolean comparable(Object value) {
    if (value instanceof Unknown u) {
      return u != Unknown.BOOLEAN;
    }
    return value != null && !(value instanceof Boolean);
  }

  /** Property: {@code properties[key.to_s]}, nil when missing. */
  private Object property(Object key) {
    return properties.get(RubyValues.toS(key));
  }

  /** Boolean: {@code Typecast.to_boolean}, true only for true, 1, "true", "1" (not 1.0). */
  private static Object bool(Object value) {
    if (value instanceof Unknown u) {
      return u == Unknown.FLOAT ? (Object) false : Unknown.BOOLEAN;
    }
    return Boolean.TRUE.equals(value)
        || Long.valueOf(1).equals(value)
        || "true".equals(value)
        || "1".equals(value);
  }

  /** Number: {@code Typecast.to_number}: strings with "." → to_f else to_i, nil → 0. */
  private static Object number(Object value) {
    if (value instanceof Unknown u) {
      return u;
    }
    if (value == null) {
      return 0L;
    }
    if (value instanceof Long || value instanceof Double) {
      return value;
    }
    if (value instanceof String s) {
      return s.contains(".") ? (Object) RubyValues.stringToF(s) : RubyValues.stringToI(s);
    }
    if (value instanceof RubyTime) {
      return RubyValues.toF(value);
    }
    throw new RubyError(
        RubyValues.inspect(value) + " cannot be converted to a number (ArgumentError)");
  }

  private static Object time(Object value) {
    if (value instanceof Unknown) {
      throw new RubyError("no implicit conversion of a random number into String (TypeError)");
    }
    if (!(value instanceof String s)) {
      throw new RubyError(
          "no implicit conversion of " + RubyValues.className(value) + " into String (TypeError)");
    }
    return RubyTimes.parse(s);
  }

  /** Percentage: {@code value.to_f.clamp(0, 100)}. */
  private static Object percentage(Object value) {
    if (value instanceof Unknown) {
      return Unknown.FLOAT;
    }
    double d = RubyValues.toF(value);
    if (Double.isNaN(d)) {
      throw new RubyError("comparison of Float with 0 failed (ArgumentError)");
    }
    return Math.max(0.0, Math.min(100.0, d));
  }

  /** {@code crc32(feature_name + text.to_s) % 100_000 < percentage * 1_000}. */
  private Object percentageOfActors(Object text, Object pct) {
    if ((pct instanceof Unknown u && u.number()) || pct instanceof Long || pct instanceof Double) {
      if (text instanceof Unknown || pct instanceof Unknown) {
        return Unknown.BOOLEAN;
      }
      long bucket = Crc32.of(featureName, RubyValues.toS(text)) % (100L * SCALING_FACTOR);
      Object limit =
          pct instanceof Long l
              ? (Object) (l * SCALING_FACTOR)
              : (Object) ((Double) pct * SCALING_FACTOR);
      int c = RubyValues.compareNumbers(bucket, limit);
      return c != 2 && c < 0;
    }
    if (pct instanceof Unknown) {
      return Unknown.ANY;
    }
    throw new RubyError(
        "PercentageOfActors needs a number as percentage, got "
            + RubyValues.inspect(pct)
            + " ("
            + (pct instanceof String ? "ArgumentError" : "NoMethodError")
            + ")");
  }

  /**
   * Random: Ruby's {@code Kernel#rand(max)}: a Float in [0, 1) when {@code max.to_i.abs} is 0, else
   * an Integer below it ({@code rand(1)} is always 0). Never rolled here.
   */
  private Object random(Object max) {
    scope.usedRandom();
    if (max == null) {
      return Unknown.FLOAT;
    }
    if (max instanceof Unknown u) {
      return u.number() ? Unknown.ANY : fail("no implicit conversion into Integer (TypeError)");
    }
    if (!RubyValues.isNumber(max)) {
      return fail(
          "no implicit conversion of " + RubyValues.className(max) + " into Integer (TypeError)");
    }
    double limit =
        Math.abs(max instanceof Long l ? (double) l : Math.floor(Math.abs((Double) max)));
    if (limit < 1) {
      return Unknown.FLOAT;
    }
    return limit < 2 ? (Object) 0L : Unknown.INTEGER;
  }

  private static Object fail(String message) {
    throw new RubyError(message);
  }

  /** FeatureEnabled: the other feature for the same actor; false on a cycle (as Flipper). */
  private Object featureEnabled(Object name) {
    if (name instanceof Unknown) {
      return Unknown.BOOLEAN;
    }
    Boolean on = scope.featureEnabled(RubyValues.toS(name), featureName);
    return on == null ? Unknown.BOOLEAN : (Object) on;
  }

  /** Resolves a Property lookup table: actor properties (strings) plus flipper_id. */
  static Map<String, Object> properties(String actorId, Map<String, String> given) {
    Map<String, Object> out = new java.util.HashMap<>(given);
    if (actorId != null) {
      out.put("flipper_id", actorId);
    }
    return out;
  }
}
