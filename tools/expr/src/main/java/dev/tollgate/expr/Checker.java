package dev.tollgate.expr;

import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * expr v1.15.5's type checker: the environment's concrete value types decide what compiles, which
 * is why Argo turns {@code result > 0.95} on a vector into an Error measurement.
 */
final class Checker {
  private final Source source;
  private final Map<String, Object> env;
  private final Deque<Type> pointers = new ArrayDeque<>();

  Checker(Source source, Map<String, Object> env) {
    this.source = source;
    this.env = env;
  }

  Type check(Node node) throws ExprException {
    if (node instanceof Node.Literal l) {
      return Type.of(l.value());
    } else if (node instanceof Node.Ident i) {
      return identifier(i);
    } else if (node instanceof Node.Pointer p) {
      return pointer(p);
    } else if (node instanceof Node.Unary u) {
      return unary(u);
    } else if (node instanceof Node.Binary b) {
      return binary(b);
    } else if (node instanceof Node.Member m) {
      return member(m.offset(), check(m.object()), m.property());
    } else if (node instanceof Node.Slice s) {
      return slice(s);
    } else if (node instanceof Node.Call c) {
      return call(c);
    } else if (node instanceof Node.Predicate p) {
      return predicate(p);
    } else if (node instanceof Node.Conditional c) {
      return conditional(c);
    } else if (node instanceof Node.ArrayLiteral a) {
      for (Node item : a.items()) {
        check(item);
      }
      return Type.ANY_ARRAY;
    } else {
      for (Node value : ((Node.MapLiteral) node).values()) {
        check(value);
      }
      return Type.ANY_MAP;
    }
  }

  @FormatMethod
  private ExprException error(Node node, @FormatString String format, Object... args) {
    return source.error(node.offset(), format, args);
  }

  private Type identifier(Node.Ident node) throws ExprException {
    if (!env.containsKey(node.name())) {
      throw error(node, "unknown name %s", node.name());
    }
    return Type.of(env.get(node.name()));
  }

  private Type pointer(Node.Pointer node) throws ExprException {
    Type element = pointers.peek();
    if (node.member() == null) {
      return element;
    }
    return member(node.offset(), element, new Node.Literal(node.offset(), node.member()));
  }

  private Type member(int offset, Type base, Node property) throws ExprException {
    Type prop = check(property);
    String name = property instanceof Node.Literal l && l.value() instanceof String s ? s : null;
    if (name != null && base.kind() == Type.Kind.NIL) {
      throw source.error(offset, "type %s has no field %s", base, name);
    }
    switch (base.kind()) {
      case ANY -> {
        return Type.ANY;
      }
      case MAP -> {
        if (!prop.isString() && !prop.isAny() && prop.kind() != Type.Kind.NIL) {
          throw source.error(
              property.offset(), "cannot use %s to get an element from %s", prop, base);
        }
        return base.elem();
      }
      case ARRAY -> {
        if (!prop.isInteger() && !prop.isAny()) {
          throw source.error(
              property.offset(),
              "array elements can only be selected using an integer (got %s)",
              prop);
        }
        return base.elem();
      }
      default -> {
        if (name != null) {
          throw source.error(offset, "type %s has no field %s", base, name);
        }
        throw source.error(offset, "type %s[%s] is undefined", base, prop);
      }
    }
  }

  private Type slice(Node.Slice node) throws ExprException {
    Type base = check(node.object());
    for (Node bound : new Node[] {node.from(), node.to()}) {
      if (bound != null) {
        Type t = check(bound);
        if (!t.isInteger() && !t.isAny()) {
          throw error(bound, "non-integer slice index %s", t);
        }
      }
    }
    if (base.isArray() || base.isString() || base.isAny()) {
      return base;
    }
    throw error(node, "cannot slice %s", base);
  }

  private Type unary(Node.Unary node) throws ExprException {
    Type t = check(node.operand());
    switch (node.operator()) {
      case "not", "!" -> {
        if (t.isBool() || t.isAny()) {
          return Type.BOOL;
        }
      }
      default -> {
        if (t.isNumber() || t.isAny()) {
          return t;
        }
      }
    }
    throw error(node, "invalid operation: %s (mismatched type %s)", node.operator(), t);
  }

  private Type binary(Node.Binary node) throws ExprException {
    Type l = check(node.left());
    Type r = check(node.right());
    String op = node.operator();
    switch (op) {
      case "==", "!=" -> {
        if (comparable(l, r)) {
          return Type.BOOL;
        }
      }
      case "or", "||", "and", "&&" -> {
        if ((l.isBool() || l.isAny()) && (r.isBool() || r.isAny())) {
          return Type.BOOL;
        }
      }
      case "<", ">", "<=", ">=" -> {
        if ((l.isNumber() && r.isNumber()) || (l.isString() && r.isString())) {
          return Type.BOOL;
        }
        if (either(l, r, Type::isNumber) || either(l, r, Type::isString)) {
          return Type.BOOL;
        }
      }
      case "+" -> {
        if (l.isNumber() && r.isNumber()) {
          return combined(l, r);
        }
        if (l.isString() && r.isString()) {
          return Type.STRING;
        }
        if (either(l, r, t -> t.isNumber() || t.isString())) {
          return Type.ANY;
        }
      }
      case "-", "*" -> {
        if (l.isNumber() && r.isNumber()) {
          return combined(l, r);
        }
        if (either(l, r, Type::isNumber)) {
          return Type.ANY;
        }
      }
      case "/" -> {
        if ((l.isNumber() && r.isNumber()) || either(l, r, Type::isNumber)) {
          return Type.FLOAT;
        }
      }
      case "%" -> {
        if ((l.isInteger() && r.isInteger()) || either(l, r, Type::isInteger)) {
          return Type.INT;
        }
      }
      case "**", "^" -> {
        if ((l.isNumber() && r.isNumber()) || either(l, r, Type::isNumber)) {
          return Type.FLOAT;
        }
      }
      case "in" -> {
        return in(node, l, r);
      }
      case "matches", "contains", "startsWith", "endsWith" -> {
        if ((l.isString() && r.isString()) || either(l, r, Type::isString)) {
          if (op.equals("matches") && node.right() instanceof Node.Literal lit) {
            Builtins.regex(source, node.right(), (String) lit.value());
          }
          return Type.BOOL;
        }
      }
      case ".." -> {
        if ((l.isInteger() && r.isInteger()) || either(l, r, Type::isInteger)) {
          return Type.INT_ARRAY;
        }
      }
      case "??" -> {
        if (l.kind() == Type.Kind.NIL) {
          return r;
        }
        return l.equals(r) ? l : Type.ANY;
      }
      default -> {}
    }
    throw error(node, "invalid operation: %s (mismatched types %s and %s)", op, l, r);
  }

  private Type in(Node.Binary node, Type l, Type r) throws ExprException {
    if (r.isMap()) {
      if (l.kind() != Type.Kind.NIL && !l.isAny() && !l.isString()) {
        throw error(node, "cannot use %s as type string in map key", l);
      }
      return Type.BOOL;
    }
    if (r.isArray()) {
      if (l.kind() != Type.Kind.NIL && !comparable(l, r.elem())) {
        throw error(node, "cannot use %s as type %s in array", l, r.elem());
      }
      return Type.BOOL;
    }
    if ((l.isAny() && (r.isString() || r.isArray() || r.isMap())) || r.isAny()) {
      return Type.BOOL;
    }
    throw error(node, "invalid operation: in (mismatched types %s and %s)", l, r);
  }

  /** expr's {@code or(l, r, fns...)}: both sides are any, or one is any and the other fits. */
  private static boolean either(Type l, Type r, java.util.function.Predicate<Type> fits) {
    return (l.isAny() && r.isAny()) || (l.isAny() && fits.test(r)) || (fits.test(l) && r.isAny());
  }

  static boolean comparable(Type l, Type r) {
    return l.kind() == Type.Kind.NIL
        || r.kind() == Type.Kind.NIL
        || l.kind() == r.kind()
        || (l.isNumber() && r.isNumber())
        || l.isAny()
        || r.isAny();
  }

  private static Type combined(Type l, Type r) {
    return l.kind() == Type.Kind.FLOAT || r.kind() == Type.Kind.FLOAT ? Type.FLOAT : Type.INT;
  }

  private Type conditional(Node.Conditional node) throws ExprException {
    Type c = check(node.condition());
    if (!c.isBool() && !c.isAny()) {
      throw error(node.condition(), "non-bool expression (type %s) used as condition", c);
    }
    Type a = check(node.then());
    Type b = check(node.otherwise());
    return a.equals(b) ? a : Type.ANY;
  }

  private Type predicate(Node.Predicate node) throws ExprException {
    Type collection = check(node.collection());
    if (!collection.isArray() && !collection.isAny()) {
      throw error(
          node.collection(), "builtin %s takes only array (got %s)", node.name(), collection);
    }
    Type element = collection.isArray() ? collection.elem() : Type.ANY;
    pointers.push(element);
    Type body;
    try {
      body = check(node.body());
    } finally {
      pointers.pop();
    }
    if (!node.name().equals("map") && !body.isBool() && !body.isAny()) {
      throw error(node.body(), "predicate should return boolean (got %s)", body);
    }
    return switch (node.name()) {
      case "all", "none", "any", "one" -> Type.BOOL;
      case "filter", "map" -> Type.ANY_ARRAY;
      case "count", "findIndex", "findLastIndex" -> Type.INT;
      default -> element;
    };
  }

  private Type call(Node.Call node) throws ExprException {
    List<Type> args = new ArrayList<>();
    for (Node argument : node.arguments()) {
      args.add(check(argument));
    }
    Object target = env.get(node.name());
    if (target instanceof ExprFunction function) {
      return callFunction(node, function, args);
    }
    if (env.containsKey(node.name())) {
      throw error(node, "%s is not callable", node.name());
    }
    if (Builtins.has(node.name())) {
      return Builtins.validate(source, node, args);
    }
    throw error(node, "unknown func %s", node.name());
  }

  private Type callFunction(Node.Call node, ExprFunction function, List<Type> args)
      throws ExprException {
    List<Type> params = function.parameters();
    if (args.size() < params.size()) {
      throw error(node, "not enough arguments to call %s", node.name());
    }
    if (args.size() > params.size()) {
      throw error(node, "too many arguments to call %s", node.name());
    }
    for (int i = 0; i < args.size(); i++) {
      Type arg = args.get(i);
      Type param = params.get(i);
      boolean ok =
          arg.isAny()
              || param.isAny()
              || arg.assignableTo(param)
              || (arg.isInteger() && param.isNumber() && isIntegerLiteral(node.arguments().get(i)));
      if (!ok) {
        throw error(
            node.arguments().get(i),
            "cannot use %s as argument (type %s) to call %s ",
            arg,
            param,
            node.name());
      }
    }
    return function.returns();
  }

  /** expr converts integer literals (and arithmetic on them) to a float parameter's type. */
  private static boolean isIntegerLiteral(Node node) {
    if (node instanceof Node.Literal l) {
      return l.value() instanceof Long;
    } else if (node instanceof Node.Unary u) {
      return isIntegerLiteral(u.operand());
    } else if (node instanceof Node.Binary b) {
      return isIntegerLiteral(b.left()) && isIntegerLiteral(b.right());
    }
    return false;
  }
}
