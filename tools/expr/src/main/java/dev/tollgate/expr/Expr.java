package dev.tollgate.expr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A compiled expr-lang condition (the subset of expr v1.15.5 that Argo Rollouts v1.9 uses). {@link
 * #compile} checks syntax only; like Argo, which compiles every condition against the concrete
 * environment of each measurement, {@link #evaluate} type-checks against the types of the values it
 * is given, then runs.
 */
public final class Expr {
  private final Source source;
  private final Node root;
  private final Set<String> freeVariables;

  private Expr(Source source, Node root) {
    this.source = source;
    this.root = root;
    Set<String> names = new LinkedHashSet<>();
    collectNames(root, names);
    this.freeVariables = Collections.unmodifiableSet(names);
  }

  /** Parses {@code text}; errors name the position and construct, e.g. a pipe operator. */
  public static Expr compile(String text) throws ExprException {
    Source source = new Source(text);
    return new Expr(source, new Parser(source).parse());
  }

  public String source() {
    return source.text();
  }

  /**
   * Type-checks against {@code env} and evaluates. Values: {@code Long} or {@code Double} numbers,
   * {@code Boolean}, {@code String}, {@code List}, {@code Map<String, Object>}, {@code null} and
   * {@link ExprFunction}s.
   */
  public Object evaluate(Map<String, Object> env) throws ExprException {
    Map<String, Object> values = new LinkedHashMap<>();
    env.forEach((k, v) -> values.put(k, Values.fromJava(v)));
    new Checker(source, values).check(root);
    return Values.toJava(new Interpreter(source, values).eval(root));
  }

  /** Type-checks against {@code env} without running: the compile step of Argo's evaluation. */
  public void check(Map<String, Object> env) throws ExprException {
    Map<String, Object> values = new LinkedHashMap<>();
    env.forEach((k, v) -> values.put(k, Values.fromJava(v)));
    new Checker(source, values).check(root);
  }

  /**
   * Names the expression reads from its environment: variables and called functions that are not
   * expr built-ins (for example {@code result}, {@code isNaN}, or a mistyped {@code results}).
   */
  public Set<String> freeVariables() {
    return freeVariables;
  }

  private static void collectNames(Node node, Set<String> out) {
    if (node instanceof Node.Ident i) {
      out.add(i.name());
    } else if (node instanceof Node.Unary u) {
      collectNames(u.operand(), out);
    } else if (node instanceof Node.Binary b) {
      collectNames(b.left(), out);
      collectNames(b.right(), out);
    } else if (node instanceof Node.Member m) {
      collectNames(m.object(), out);
      collectNames(m.property(), out);
    } else if (node instanceof Node.Slice s) {
      collectNames(s.object(), out);
      if (s.from() != null) {
        collectNames(s.from(), out);
      }
      if (s.to() != null) {
        collectNames(s.to(), out);
      }
    } else if (node instanceof Node.Call c) {
      if (!Builtins.has(c.name())) {
        out.add(c.name());
      }
      c.arguments().forEach(a -> collectNames(a, out));
    } else if (node instanceof Node.Predicate p) {
      collectNames(p.collection(), out);
      collectNames(p.body(), out);
    } else if (node instanceof Node.Conditional c) {
      collectNames(c.condition(), out);
      collectNames(c.then(), out);
      collectNames(c.otherwise(), out);
    } else if (node instanceof Node.ArrayLiteral a) {
      a.items().forEach(i -> collectNames(i, out));
    } else if (node instanceof Node.MapLiteral m) {
      m.values().forEach(v -> collectNames(v, out));
    }
  }

  @Override
  public String toString() {
    return source.text();
  }
}
