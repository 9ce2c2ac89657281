package dev.tollgate.flags.flipper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Flipper expression ({@code {"Name": [args…]}}, the expression gate's stored JSON) checked and
 * turned into a tree. The JSON comes as plain Java: Map, List, String, Long (JSON integers), Double
 * (JSON numbers with a fraction or exponent, as Ruby's JSON reads them), Boolean, null.
 *
 * <p>Flipper builds the tree with {@code Expression.build}: an object's first key names a function,
 * a non-array value counts as a one-element argument list ({@code Array(args)}), strings, numbers
 * and booleans are constants; anything else, an unknown function or a wrong number of arguments
 * raises when the gate is checked. Those inputs are reported here with the JSON path of the
 * offending node instead. An object with more than one key is refused too: Flipper would silently
 * use the first key, which is almost certainly not what the author meant.
 */
public final class FlipperExpression {
  /** A function call; arguments are calls or constants (String, Long, Double, Boolean). */
  public record Call(String function, List<Object> args, String path) {}

  /** Supported functions with their argument counts (min, max; -1 = any number). */
  private static final Map<String, int[]> ARITY =
      Map.ofEntries(
          Map.entry("All", new int[] {0, -1}),
          Map.entry("Any", new int[] {0, -1}),
          Map.entry("Equal", new int[] {2, 2}),
          Map.entry("NotEqual", new int[] {2, 2}),
          Map.entry("GreaterThan", new int[] {2, 2}),
          Map.entry("GreaterThanOrEqualTo", new int[] {2, 2}),
          Map.entry("LessThan", new int[] {2, 2}),
          Map.entry("LessThanOrEqualTo", new int[] {2, 2}),
          Map.entry("Property", new int[] {1, 1}),
          Map.entry("Boolean", new int[] {1, 1}),
          Map.entry("Number", new int[] {1, 1}),
          Map.entry("String", new int[] {1, 1}),
          Map.entry("Time", new int[] {1, 1}),
          Map.entry("Now", new int[] {0, 0}),
          Map.entry("Percentage", new int[] {1, 1}),
          Map.entry("PercentageOfActors", new int[] {2, 2}),
          Map.entry("Random", new int[] {0, 1}),
          Map.entry("FeatureEnabled", new int[] {1, 1}));

  static final String FUNCTIONS =
      "All, Any, Equal, NotEqual, GreaterThan, GreaterThanOrEqualTo, LessThan,"
          + " LessThanOrEqualTo, Property, Boolean, Number, String, Time, Now, Percentage,"
          + " PercentageOfActors, Random, FeatureEnabled";

  private FlipperExpression() {}

  /** An expression Flipper would refuse to build or call. */
  public static final class MalformedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final String hint;

    MalformedException(String path, String message, String hint) {
      super(message, null, false, false);
      this.path = path;
      this.hint = hint;
    }

    /** Where, as a JSON path such as {@code features.search.expression.All[1].Equal[0]}. */
    public String path() {
      return path;
    }

    public String hint() {
      return hint;
    }
  }

  /**
   * The gate is set: Flipper checks {@code !value.nil? && !value.empty?}, so an empty object is an
   * unset gate, not an error.
   */
  public static boolean isSet(Object json) {
    return json != null && !(json instanceof Map<?, ?> m && m.isEmpty());
  }

  /**
   * Checks and builds the tree.
   *
   * @param path the JSON path of {@code json}, used in error messages
   * @throws MalformedException for anything Flipper would raise on while building or calling
   */
  public static Call parse(Object json, String path) {
    if (!(json instanceof Map<?, ?> object)) {
      throw new MalformedException(
          path,
          "an expression must be a JSON object like {\"Equal\": [...]}, not " + describe(json),
          "Wrap the value in a function, e.g. {\"Boolean\": [true]}.");
    }
    return call(object, path);
  }

  private static Call call(Map<?, ?> object, String path) {
    if (object.size() != 1) {
      throw new MalformedException(
          path,
          object.isEmpty()
              ? "an empty object is not an expression"
              : "an expression object must have exactly one key (the function), found "
                  + object.keySet(),
          "Write one function per object, e.g. {\"All\": [{...}, {...}]}.");
    }
    Map.Entry<?, ?> entry = object.entrySet().iterator().next();
    String name = String.valueOf(entry.getKey());
    String here = path + "." + name;
    int[] arity = ARITY.get(name);
    if (arity == null) {
      throw new MalformedException(
          here,
          "unknown or unsupported function \"" + name + "\"",
          "Use one of: " + FUNCTIONS + ".");
    }
    List<?> raw =
        entry.getValue() instanceof List<?> list
            ? list
            : entry.getValue() == null ? List.of() : List.of(entry.getValue());
    if (raw.size() < arity[0] || (arity[1] >= 0 && raw.size() > arity[1])) {
      String expected =
          arity[1] < 0
              ? "any number of"
              : arity[0] == arity[1] ? Integer.toString(arity[0]) : arity[0] + " or " + arity[1];
      throw new MalformedException(
          here,
          name + " takes " + expected + " argument(s), got " + raw.size(),
          "Flipper raises ArgumentError when it calls " + name + " with these arguments.");
    }
    List<Object> args = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      args.add(argument(raw.get(i), here + "[" + i + "]"));
    }
    return new Call(name, List.copyOf(args), here);
  }

  private static Object argument(Object value, String path) {
    if (value instanceof Map<?, ?> object) {
      return call(object, path);
    }
    if (value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Long || value instanceof Double) {
      return value;
    }
    if (value instanceof Number n) {
      return n.doubleValue() == Math.rint(n.doubleValue()) && Math.abs(n.doubleValue()) < 9e18
          ? (Object) n.longValue()
          : (Object) n.doubleValue();
    }
    throw new MalformedException(
        path,
        describe(value)
            + " cannot be an argument (Flipper: cannot be converted into an expression)",
        "Use a string, number, boolean or a function object; nest lists with All/Any.");
  }

  private static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof List<?>) {
      return "an array";
    }
    if (value instanceof Map<?, ?>) {
      return "an object";
    }
    return value instanceof String ? "a string" : "the constant " + value;
  }
}
