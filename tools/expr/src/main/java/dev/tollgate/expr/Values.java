package dev.tollgate.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Run-time operations with expr v1.15.5's semantics ({@code vm/runtime}): int and float mix by
 * value, NaN compares false, anything else is a panic, reported as an {@link
 * IllegalArgumentException} carrying Go's message.
 */
final class Values {
  private Values() {}

  /** Go's {@code %T} of a run-time value. */
  static String typeName(Object value) {
    return Type.of(value).name();
  }

  /** Environment values to run-time values: lists get their Go slice type, numbers widen. */
  static Object fromJava(Object value) {
    if (value instanceof Integer i) {
      return i.longValue();
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    if (value instanceof List<?> list) {
      Type type = Type.of(list);
      List<Object> items = new ArrayList<>(list.size());
      for (Object item : list) {
        items.add(fromJava(item));
      }
      return new GoList(type, items);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), fromJava(v)));
      return out;
    }
    return value;
  }

  /** Run-time values back to plain Java: lists become {@code List<Object>}. */
  static Object toJava(Object value) {
    if (value instanceof GoList list) {
      List<Object> out = new ArrayList<>(list.items().size());
      for (Object item : list.items()) {
        out.add(toJava(item));
      }
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), toJava(v)));
      return out;
    }
    return value;
  }

  static boolean isNumber(Object v) {
    return v instanceof Long || v instanceof Double;
  }

  static double toDouble(Object v) {
    return v instanceof Long l ? l.doubleValue() : (Double) v;
  }

  static boolean equal(Object a, Object b) {
    if (isNumber(a) && isNumber(b)) {
      if (a instanceof Long x && b instanceof Long y) {
        return x.longValue() == y.longValue();
      }
      return toDouble(a) == toDouble(b);
    }
    if (a == null || b == null) {
      return a == b;
    }
    return deepEqual(a, b);
  }

  /** Go's reflect.DeepEqual: same dynamic types, and NaN is unequal to itself. */
  static boolean deepEqual(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (!typeName(a).equals(typeName(b))) {
      return false;
    }
    if (a instanceof Double x) {
      return x.doubleValue() == (Double) b;
    }
    if (a instanceof GoList x) {
      List<Object> ys = ((GoList) b).items();
      if (x.items().size() != ys.size()) {
        return false;
      }
      for (int i = 0; i < ys.size(); i++) {
        if (!deepEqual(x.items().get(i), ys.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Map<?, ?> x) {
      Map<?, ?> y = (Map<?, ?>) b;
      if (x.size() != y.size()) {
        return false;
      }
      for (Map.Entry<?, ?> e : x.entrySet()) {
        if (!y.containsKey(e.getKey()) || !deepEqual(e.getValue(), y.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /** {@code <}, {@code >}, {@code <=}, {@code >=}: numbers and strings only. */
  static boolean compare(String op, Object a, Object b) {
    if (isNumber(a) && isNumber(b)) {
      if (a instanceof Long x && b instanceof Long y) {
        return holds(op, Long.compare(x, y));
      }
      double x = toDouble(a);
      double y = toDouble(b);
      return switch (op) {
        case "<" -> x < y;
        case ">" -> x > y;
        case "<=" -> x <= y;
        default -> x >= y;
      };
    }
    if (a instanceof String x && b instanceof String y) {
      return holds(op, x.compareTo(y));
    }
    throw invalid(a, op, b);
  }

  private static boolean holds(String op, int cmp) {
    return switch (op) {
      case "<" -> cmp < 0;
      case ">" -> cmp > 0;
      case "<=" -> cmp <= 0;
      default -> cmp >= 0;
    };
  }

  static IllegalArgumentException invalid(Object a, String op, Object b) {
    return new IllegalArgumentException(
        "invalid operation: " + typeName(a) + " " + op + " " + typeName(b));
  }

  static Object arithmetic(String op, Object a, Object b) {
    if (op.equals("+") && a instanceof String x && b instanceof String y) {
      return x + y;
    }
    if (!isNumber(a) || !isNumber(b)) {
      throw invalid(a, op, b);
    }
    boolean ints = a instanceof Long && b instanceof Long;
    switch (op) {
      case "/" -> {
        return toDouble(a) / toDouble(b);
      }
      case "**", "^" -> {
        return Math.pow(toDouble(a), toDouble(b));
      }
      case "%" -> {
        if (!ints) {
          throw invalid(a, "%", b);
        }
        if ((Long) b == 0) {
          throw new IllegalArgumentException("integer divide by zero");
        }
        return (Long) a % (Long) b;
      }
      default -> {}
    }
    if (ints) {
      long x = (Long) a;
      long y = (Long) b;
      return switch (op) {
        case "+" -> x + y;
        case "-" -> x - y;
        default -> x * y;
      };
    }
    double x = toDouble(a);
    double y = toDouble(b);
    return switch (op) {
      case "+" -> x + y;
      case "-" -> x - y;
      default -> x * y;
    };
  }

  static Object negate(Object v) {
    if (v instanceof Long l) {
      return -l;
    }
    if (v instanceof Double d) {
      return -d;
    }
    throw new IllegalArgumentException("invalid operation: - " + typeName(v));
  }

  static boolean in(Object needle, Object haystack) {
    if (haystack == null) {
      return false;
    }
    if (haystack instanceof GoList list) {
      for (Object item : list.items()) {
        if (equal(item, needle)) {
          return true;
        }
      }
      return false;
    }
    if (haystack instanceof Map<?, ?> map) {
      if (needle != null && !(needle instanceof String)) {
        throw new IllegalArgumentException(
            "cannot use " + typeName(needle) + " as index to " + typeName(haystack));
      }
      return map.containsKey(needle);
    }
    throw new IllegalArgumentException("operator \"in\" not defined on " + typeName(haystack));
  }

  /** {@code a[i]} on arrays, maps and strings, as runtime.Fetch does it. */
  static Object fetch(Object from, Object key) {
    if (from == null) {
      throw new IllegalArgumentException("cannot fetch " + key + " from <nil>");
    }
    if (from instanceof GoList list) {
      int index = index(key, from);
      if (index < 0) {
        index += list.items().size();
      }
      if (index < 0 || index >= list.items().size()) {
        throw new IllegalArgumentException("reflect: slice index out of range");
      }
      return list.items().get(index);
    }
    if (from instanceof Map<?, ?> map) {
      if (key != null && !(key instanceof String)) {
        throw new IllegalArgumentException(
            "cannot use " + typeName(key) + " as index to " + typeName(from));
      }
      return map.get(key);
    }
    if (from instanceof String s) {
      byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      int index = index(key, from);
      if (index < 0) {
        index += bytes.length;
      }
      if (index < 0 || index >= bytes.length) {
        throw new IllegalArgumentException("reflect: string index out of range");
      }
      return (long) (bytes[index] & 0xff);
    }
    throw new IllegalArgumentException(
        "cannot fetch " + formatKey(key) + " from " + typeName(from));
  }

  private static String formatKey(Object key) {
    return String.valueOf(key);
  }

  private static int index(Object key, Object from) {
    if (key instanceof Long l) {
      return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, l));
    }
    if (key instanceof Double d) {
      return (int) d.doubleValue();
    }
    throw new IllegalArgumentException(
        "cannot fetch " + formatKey(key) + " from " + typeName(from));
  }

  /** {@code a[from:to]} with expr's clamping of out-of-range bounds. */
  static Object slice(Object from, Object lo, Object hi) {
    int length;
    if (from instanceof GoList list) {
      length = list.items().size();
    } else if (from instanceof String s) {
      length = s.length();
    } else {
      throw new IllegalArgumentException("cannot slice " + typeName(from));
    }
    int a = lo == null ? 0 : index(lo, from);
    int b = hi == null ? length : index(hi, from);
    if (a < 0) {
      a = Math.max(0, length + a);
    }
    if (b < 0) {
      b = Math.max(0, length + b);
    }
    b = Math.min(b, length);
    a = Math.min(a, b);
    if (from instanceof GoList list) {
      return new GoList(list.type(), new ArrayList<>(list.items().subList(a, b)));
    }
    return ((String) from).substring(a, b);
  }

  /** A bool operand; Go panics on anything else. */
  static boolean truth(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    throw new IllegalArgumentException(
        "interface conversion: interface {} is " + typeName(value) + ", not bool");
  }
}
