package dev.tollgate.expr;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The non-closure built-in functions of expr v1.15.5 that this subset implements. */
final class Builtins {
  private Builtins() {}

  private static final Set<String> NAMES =
      Set.of(
          "len", "abs", "ceil", "floor", "round", "int", "float", "string", "type", "max", "min",
          "sum", "mean", "median", "upper", "lower", "trim");

  /** expr v1.15.5 built-ins left out of this subset: calling one is an "unsupported" error. */
  static final Set<String> UNSUPPORTED =
      Set.of(
          "groupBy",
          "reduce",
          "sortBy",
          "sort",
          "trimPrefix",
          "trimSuffix",
          "split",
          "splitAfter",
          "replace",
          "repeat",
          "join",
          "indexOf",
          "lastIndexOf",
          "hasPrefix",
          "hasSuffix",
          "toJSON",
          "fromJSON",
          "toBase64",
          "fromBase64",
          "now",
          "duration",
          "date",
          "first",
          "last",
          "get",
          "take",
          "keys",
          "values",
          "toPairs",
          "fromPairs");

  static boolean has(String name) {
    return NAMES.contains(name);
  }

  static Type validate(Source source, Node.Call call, List<Type> args) throws ExprException {
    String name = call.name();
    switch (name) {
      case "max", "min" -> {
        if (args.isEmpty()) {
          throw source.error(call.offset(), "not enough arguments to call %s", name);
        }
        for (Type arg : args) {
          if (arg.isAny()) {
            return Type.ANY;
          }
          if (!arg.isNumber()) {
            throw source.error(call.offset(), "invalid argument for %s (type %s)", name, arg);
          }
        }
        return args.get(0);
      }
      case "trim" -> {
        if (args.size() < 1 || args.size() > 2) {
          throw source.error(
              call.offset(),
              "invalid number of arguments for trim (expected 1 or 2, got %d)",
              args.size());
        }
        return Type.STRING;
      }
      default -> {}
    }
    if (args.size() != 1) {
      throw source.error(
          call.offset(), "invalid number of arguments (expected 1, got %d)", args.size());
    }
    Type arg = args.get(0);
    Type.Kind k = arg.kind();
    boolean any = arg.isAny();
    Type result =
        switch (name) {
          case "len" -> any || arg.isArray() || arg.isMap() || arg.isString() ? Type.INT : null;
          case "abs" -> any || arg.isNumber() ? arg : null;
          case "ceil", "floor", "round" -> any || arg.isNumber() ? Type.FLOAT : null;
          case "int" -> any || arg.isNumber() || arg.isString() ? Type.INT : null;
          case "float" -> any || arg.isNumber() || arg.isString() ? Type.FLOAT : null;
          case "string", "type" -> Type.STRING;
          case "sum" -> any || arg.isArray() ? Type.ANY : null;
          case "mean", "median" -> any || arg.isArray() ? Type.FLOAT : null;
          default -> any || k == Type.Kind.STRING ? Type.STRING : null; // upper, lower
        };
    if (result == null) {
      String message =
          switch (name) {
            case "sum" -> "cannot sum " + arg;
            case "mean" -> "cannot avg " + arg;
            case "median" -> "cannot median " + arg;
            // expr v1.15.5 says "floor" here
            case "round" -> "invalid argument for floor (type " + arg + ")";
            case "upper", "lower" ->
                "cannot use " + arg + " as argument (type string) to call " + name + " ";
            default -> "invalid argument for " + name + " (type " + arg + ")";
          };
      throw source.error(call.arguments().get(0).offset(), "%s", message);
    }
    return result;
  }

  static Object call(String name, List<Object> args) {
    Object a = args.get(0);
    switch (name) {
      case "len" -> {
        if (a instanceof GoList l) {
          return (long) l.items().size();
        }
        if (a instanceof Map<?, ?> m) {
          return (long) m.size();
        }
        if (a instanceof String s) {
          return (long) s.getBytes(StandardCharsets.UTF_8).length;
        }
        throw bad(name, a);
      }
      case "abs" -> {
        if (a instanceof Long l) {
          return Math.abs(l);
        }
        if (a instanceof Double d) {
          return Math.abs(d);
        }
        throw bad(name, a);
      }
      case "ceil", "floor", "round" -> {
        if (!Values.isNumber(a)) {
          throw bad(name, a);
        }
        double x = Values.toDouble(a);
        return switch (name) {
          case "ceil" -> Math.ceil(x);
          case "floor" -> Math.floor(x);
          default -> goRound(x);
        };
      }
      case "int" -> {
        if (a instanceof Long) {
          return a;
        }
        if (a instanceof Double d) {
          return (long) d.doubleValue();
        }
        if (a instanceof String s) {
          try {
            return Long.parseLong(s);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                "strconv.Atoi: parsing " + GoText.quote(s) + ": invalid syntax");
          }
        }
        throw new IllegalArgumentException("invalid operation: int(" + Values.typeName(a) + ")");
      }
      case "float" -> {
        if (Values.isNumber(a)) {
          return Values.toDouble(a);
        }
        if (a instanceof String s) {
          return GoText.parseFloat(s);
        }
        throw new IllegalArgumentException("invalid operation: float(" + Values.typeName(a) + ")");
      }
      case "string" -> {
        return GoText.format(a);
      }
      case "type" -> {
        return typeWord(a);
      }
      case "max", "min" -> {
        return extreme(name.equals("max"), args);
      }
      case "sum", "mean", "median" -> {
        return aggregate(name, a);
      }
      case "upper" -> {
        return ((String) cast(a)).toUpperCase(Locale.ROOT);
      }
      case "lower" -> {
        return ((String) cast(a)).toLowerCase(Locale.ROOT);
      }
      case "trim" -> {
        String s = (String) cast(a);
        if (args.size() == 2) {
          String cutset = (String) cast(args.get(1));
          int i = 0;
          int j = s.length();
          while (i < j && cutset.indexOf(s.charAt(i)) >= 0) {
            i++;
          }
          while (j > i && cutset.indexOf(s.charAt(j - 1)) >= 0) {
            j--;
          }
          return s.substring(i, j);
        }
        return s.strip();
      }
      default -> throw new IllegalStateException("no built-in " + name);
    }
  }

  private static Object cast(Object a) {
    if (!(a instanceof String)) {
      throw new IllegalArgumentException(
          "interface conversion: interface {} is " + Values.typeName(a) + ", not string");
    }
    return a;
  }

  private static IllegalArgumentException bad(String name, Object a) {
    return new IllegalArgumentException(
        "invalid argument for " + name + " (type " + Values.typeName(a) + ")");
  }

  /** Go's math.Round: half away from zero. */
  static double goRound(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return x;
    }
    double t = Math.floor(Math.abs(x));
    if (Math.abs(x) - t >= 0.5) {
      t += 1;
    }
    return Math.copySign(t, x);
  }

  private static String typeWord(Object a) {
    if (a == null) {
      return "nil";
    }
    Type t = Type.of(a);
    return switch (t.kind()) {
      case BOOL -> "bool";
      case INT -> "int";
      case FLOAT -> "float";
      case STRING -> "string";
      case ARRAY -> "array";
      case MAP -> "map";
      case FUNC -> "func";
      default -> "unknown";
    };
  }

  /** v1.15.5's Max/Min keep the first argument and replace it whenever runtime.Less says so. */
  private static Object extreme(boolean max, List<Object> args) {
    Object best = null;
    for (Object arg : args) {
      if (best == null || (max ? Values.compare("<", best, arg) : Values.compare(">", best, arg))) {
        best = arg;
      }
    }
    return best;
  }

  private static Object aggregate(String name, Object a) {
    if (!(a instanceof GoList list)) {
      throw new IllegalArgumentException(
          "cannot " + name + " " + Type.of(a).kind().name().toLowerCase(Locale.ROOT));
    }
    List<Object> items = list.items();
    if (name.equals("sum")) {
      long intSum = 0;
      double floatSum = 0;
      boolean floats = false;
      for (Object item : items) {
        if (item instanceof Long l && !floats) {
          intSum += l;
        } else if (Values.isNumber(item)) {
          if (!floats) {
            floats = true;
            floatSum = intSum;
          }
          floatSum += Values.toDouble(item);
        } else {
          throw new IllegalArgumentException("cannot sum " + Values.typeName(item));
        }
      }
      return floats ? (Object) floatSum : (Object) intSum;
    }
    if (items.isEmpty()) {
      return 0.0;
    }
    double[] values = new double[items.size()];
    for (int i = 0; i < values.length; i++) {
      Object item = items.get(i);
      if (!Values.isNumber(item)) {
        throw new IllegalArgumentException("cannot " + name + " " + Values.typeName(item));
      }
      values[i] = Values.toDouble(item);
    }
    if (name.equals("mean")) {
      double sum = 0;
      for (double v : values) {
        sum += v;
      }
      return sum / values.length;
    }
    Arrays.sort(values);
    int n = values.length;
    return n % 2 == 0 ? (values[n / 2 - 1] + values[n / 2]) / 2 : values[n / 2];
  }

  /** Compiles a {@code matches} pattern; Go's RE2 and Java agree on the common syntax. */
  static Pattern regex(Source source, Node at, String pattern) throws ExprException {
    try {
      return Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw source.error(at.offset(), "error parsing regexp: %s", e.getDescription());
    }
  }
}
