package dev.tollgate.rules.template;

import java.util.List;

/** Go template's {@code eq}/{@code lt}... on basic kinds: same kind only, as Go requires. */
final class Compare {
  private Compare() {}

  static boolean eq(List<Object> args) throws TemplateFunctions.FnError {
    if (args.size() < 2) {
      throw new TemplateFunctions.FnError("missing argument for comparison");
    }
    Object first = args.get(0);
    for (Object other : args.subList(1, args.size())) {
      if (first == null || other == null) {
        if (first == other) {
          return true;
        }
        continue;
      }
      if (kind(first) != kind(other)) {
        throw new TemplateFunctions.FnError("incompatible types for comparison");
      }
      if ((first instanceof Double a && other instanceof Double b)
          ? a.doubleValue() == b.doubleValue()
          : first.equals(other)) {
        return true;
      }
    }
    return false;
  }

  static int order(List<Object> args) throws TemplateFunctions.FnError {
    if (args.size() != 2) {
      throw new TemplateFunctions.FnError("wrong number of args: want 2 got " + args.size());
    }
    Object a = args.get(0);
    Object b = args.get(1);
    if (a == null || b == null || kind(a) != kind(b)) {
      throw new TemplateFunctions.FnError("incompatible types for comparison");
    }
    if (a instanceof Double x && b instanceof Double y) {
      return x < y ? -1 : x > y ? 1 : 0;
    }
    if (a instanceof Long x && b instanceof Long y) {
      return Long.compare(x, y);
    }
    if (a instanceof String x && b instanceof String y) {
      return x.compareTo(y);
    }
    throw new TemplateFunctions.FnError("invalid type for comparison");
  }

  private static int kind(Object o) {
    if (o instanceof Double) {
      return 1;
    }
    if (o instanceof Long) {
      return 2;
    }
    if (o instanceof String) {
      return 3;
    }
    if (o instanceof Boolean) {
      return 4;
    }
    return 5;
  }
}
