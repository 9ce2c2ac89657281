package dev.tollgate.expr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evaluates a checked tree over run-time values (see {@link Values}). */
final class Interpreter {
  private final Source source;
  private final Map<String, Object> env;
  private final Deque<Object> pointers = new ArrayDeque<>();

  Interpreter(Source source, Map<String, Object> env) {
    this.source = source;
    this.env = env;
  }

  Object eval(Node node) throws ExprException {
    try {
      return evalUnchecked(node);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw source.error(node.offset(), "%s", e.getMessage());
    }
  }

  private Object evalUnchecked(Node node) throws ExprException {
    if (node instanceof Node.Literal l) {
      return l.value();
    } else if (node instanceof Node.Ident i) {
      return env.get(i.name());
    } else if (node instanceof Node.Pointer p) {
      Object element = pointers.peek();
      return p.member() == null ? element : member(element, p.member(), false);
    } else if (node instanceof Node.Unary u) {
      Object v = eval(u.operand());
      return switch (u.operator()) {
        case "not", "!" -> !Values.truth(v);
        case "-" -> Values.negate(v);
        default -> {
          if (!Values.isNumber(v)) {
            throw new IllegalArgumentException("invalid operation: + " + Values.typeName(v));
          }
          yield v;
        }
      };
    } else if (node instanceof Node.Binary b) {
      return binary(b);
    } else if (node instanceof Node.Member m) {
      Object object = eval(m.object());
      Object key = eval(m.property());
      return member(object, key, m.optional());
    } else if (node instanceof Node.Slice s) {
      Object object = eval(s.object());
      Object from = s.from() == null ? null : eval(s.from());
      Object to = s.to() == null ? null : eval(s.to());
      return Values.slice(object, from, to);
    } else if (node instanceof Node.Call c) {
      return call(c);
    } else if (node instanceof Node.Predicate p) {
      return predicate(p);
    } else if (node instanceof Node.Conditional c) {
      return Values.truth(eval(c.condition())) ? eval(c.then()) : eval(c.otherwise());
    } else if (node instanceof Node.ArrayLiteral a) {
      List<Object> items = new ArrayList<>();
      for (Node item : a.items()) {
        items.add(eval(item));
      }
      return new GoList(Type.ANY_ARRAY, items);
    } else {
      Node.MapLiteral m = (Node.MapLiteral) node;
      Map<String, Object> out = new LinkedHashMap<>();
      for (int i = 0; i < m.keys().size(); i++) {
        out.put(m.keys().get(i), eval(m.values().get(i)));
      }
      return out;
    }
  }

  private static Object member(Object object, Object key, boolean optional) {
    if (object == null && optional) {
      return null;
    }
    return Values.fetch(object, key);
  }

  private Object binary(Node.Binary node) throws ExprException {
    String op = node.operator();
    switch (op) {
      case "and", "&&" -> {
        return Values.truth(eval(node.left())) && Values.truth(eval(node.right()));
      }
      case "or", "||" -> {
        return Values.truth(eval(node.left())) || Values.truth(eval(node.right()));
      }
      case "??" -> {
        Object left = eval(node.left());
        return left != null ? left : eval(node.right());
      }
      default -> {}
    }
    Object a = eval(node.left());
    Object b = eval(node.right());
    switch (op) {
      case "==" -> {
        return Values.equal(a, b);
      }
      case "!=" -> {
        return !Values.equal(a, b);
      }
      case "<", ">", "<=", ">=" -> {
        return Values.compare(op, a, b);
      }
      case "in" -> {
        return Values.in(a, b);
      }
      case "matches" -> {
        return Builtins.regex(source, node.right(), string(a, op, b)).matcher((String) a).find();
      }
      case "contains" -> {
        return string(a, op, b).contains((String) b);
      }
      case "startsWith" -> {
        return string(a, op, b).startsWith((String) b);
      }
      case "endsWith" -> {
        return string(a, op, b).endsWith((String) b);
      }
      case ".." -> {
        if (!(a instanceof Long lo) || !(b instanceof Long hi)) {
          throw Values.invalid(a, op, b);
        }
        if (hi - lo > 1_000_000) {
          throw new IllegalArgumentException("memory budget exceeded");
        }
        List<Object> range = new ArrayList<>();
        for (long i = lo; i <= hi; i++) {
          range.add(i);
        }
        return new GoList(Type.INT_ARRAY, range);
      }
      default -> {
        return Values.arithmetic(op, a, b);
      }
    }
  }

  private static String string(Object a, String op, Object b) {
    if (!(a instanceof String s) || !(b instanceof String)) {
      throw Values.invalid(a, op, b);
    }
    return s;
  }

  private Object call(Node.Call node) throws ExprException {
    List<Object> args = new ArrayList<>();
    for (Node argument : node.arguments()) {
      args.add(eval(argument));
    }
    if (env.get(node.name()) instanceof ExprFunction function) {
      List<Object> plain = new ArrayList<>();
      for (int i = 0; i < args.size(); i++) {
        Object value = args.get(i);
        if (value instanceof Long l && function.parameters().get(i).kind() == Type.Kind.FLOAT) {
          value = l.doubleValue(); // the checker converted an integer literal to float64
        }
        plain.add(Values.toJava(value));
      }
      return Values.fromJava(function.call(plain));
    }
    return Builtins.call(node.name(), args);
  }

  private Object predicate(Node.Predicate node) throws ExprException {
    Object collection = eval(node.collection());
    if (!(collection instanceof GoList list)) {
      throw new IllegalArgumentException(
          "cannot iterate over " + Values.typeName(collection) + " in " + node.name());
    }
    String name = node.name();
    List<Object> kept = new ArrayList<>();
    long matches = 0;
    int size = list.items().size();
    for (int n = 0; n < size; n++) {
      int i = name.startsWith("findLast") ? size - 1 - n : n;
      Object item = list.items().get(i);
      pointers.push(item);
      Object value;
      try {
        value = eval(node.body());
      } finally {
        pointers.pop();
      }
      if (name.equals("map")) {
        kept.add(value);
        continue;
      }
      boolean ok = Values.truth(value);
      switch (name) {
        case "all" -> {
          if (!ok) {
            return false;
          }
        }
        case "none" -> {
          if (ok) {
            return false;
          }
        }
        case "any" -> {
          if (ok) {
            return true;
          }
        }
        case "find", "findLast" -> {
          if (ok) {
            return item;
          }
        }
        case "findIndex", "findLastIndex" -> {
          if (ok) {
            return (long) i;
          }
        }
        default -> {
          if (ok) {
            matches++;
            kept.add(item);
          }
        }
      }
    }
    return switch (name) {
      case "all", "none" -> true;
      case "any" -> false;
      case "one" -> matches == 1;
      case "count" -> matches;
      case "filter", "map" -> new GoList(Type.ANY_ARRAY, kept);
      case "findIndex", "findLastIndex" -> -1L;
      default -> null;
    };
  }
}
