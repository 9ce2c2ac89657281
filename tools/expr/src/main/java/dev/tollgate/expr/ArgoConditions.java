package dev.tollgate.expr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The environment Argo Rollouts v1.9.1 gives a successCondition or failureCondition ({@code
 * utils/evaluate/evaluate.go EvalCondition}): {@code result} plus {@code isNaN}, {@code isInf},
 * {@code asInt}, {@code asFloat}, {@code isNil} and {@code default}.
 */
public final class ArgoConditions {
  private ArgoConditions() {}

  /** Every name a condition may read. */
  public static final Set<String> NAMES =
      Set.of("result", "isNaN", "isInf", "asInt", "asFloat", "isNil", "default");

  /**
   * Evaluates a condition against a provider value, as one Argo measurement would: type errors (for
   * example {@code result > 0.95} on a vector), run-time panics and a non-bool result are all
   * {@link ExprException}s, which Argo records as an Error measurement.
   *
   * @param result a {@code Double} for a Prometheus scalar, a {@code List<Double>} for a vector or
   *     matrix, or any JSON-like value for the web provider; {@code null} for a nil result
   */
  public static Object evaluateCondition(Expr condition, Object result) throws ExprException {
    Object output = condition.evaluate(environment(result));
    if (output instanceof Boolean) {
      return output;
    }
    throw new ExprException(1, 1, "expected bool, but got " + Type.of(output).name());
  }

  /** The whole environment for one measurement. */
  public static Map<String, Object> environment(Object result) {
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("result", result);
    env.put("asInt", function(List.of(Type.ANY), Type.INT64, args -> asInt(args.get(0))));
    env.put("asFloat", function(List.of(Type.ANY), Type.FLOAT, args -> asFloat(args.get(0))));
    env.put("isNaN", function(List.of(Type.FLOAT), Type.BOOL, args -> isNaN(args.get(0))));
    env.put(
        "isInf",
        function(List.of(Type.FLOAT), Type.BOOL, args -> Double.isInfinite(number(args.get(0)))));
    // isNil and default ignore their first argument and look at the whole result
    env.put("isNil", function(List.of(Type.ANY), Type.BOOL, args -> result == null));
    env.put(
        "default",
        function(
            List.of(Type.ANY, Type.ANY), Type.ANY, args -> result == null ? args.get(1) : result));
    return env;
  }

  private static boolean isNaN(Object v) {
    return Double.isNaN(number(v));
  }

  private static double number(Object v) {
    if (v instanceof Double d) {
      return d;
    }
    throw new IllegalArgumentException(
        "reflect: Call using " + Type.of(v).name() + " as type float64");
  }

  private static long asInt(Object in) {
    if (in instanceof Double d) {
      return (long) d.doubleValue();
    }
    if (in instanceof Long l) {
      return l;
    }
    if (in instanceof String s) {
      try {
        return Long.parseLong(s);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "strconv.ParseInt: parsing " + GoText.quote(s) + ": invalid syntax");
      }
    }
    throw new IllegalArgumentException("unsupported type");
  }

  private static double asFloat(Object in) {
    if (in instanceof Double d) {
      return d;
    }
    if (in instanceof Long l) {
      return l.doubleValue();
    }
    if (in instanceof String s) {
      return GoText.parseFloat(s);
    }
    throw new IllegalArgumentException("unsupported type");
  }

  private static ExprFunction function(
      List<Type> parameters, Type returns, Function<List<Object>, Object> body) {
    return new ExprFunction() {
      @Override
      public List<Type> parameters() {
        return parameters;
      }

      @Override
      public Type returns() {
        return returns;
      }

      @Override
      public Object call(List<Object> arguments) {
        return body.apply(arguments);
      }
    };
  }
}
