package dev.tollgate.expr;

import java.util.List;

/** The syntax tree; {@link #offset()} is where the node starts in the source, for messages. */
sealed interface Node {
  int offset();

  /** A number ({@code Long} or {@code Double}), string, boolean or {@code null}. */
  record Literal(int offset, Object value) implements Node {}

  record Ident(int offset, String name) implements Node {}

  /** {@code #} (member {@code null}) or {@code .name}, which means {@code #.name}, in a closure. */
  record Pointer(int offset, String member) implements Node {}

  record Unary(int offset, String operator, Node operand) implements Node {}

  record Binary(int offset, String operator, Node left, Node right) implements Node {}

  /**
   * {@code a.b}, {@code a?.b} and {@code a[i]}; the property of {@code a.b} is a string literal.
   */
  record Member(int offset, Node object, Node property, boolean optional) implements Node {}

  record Slice(int offset, Node object, Node from, Node to) implements Node {}

  /** A call of a built-in or an environment function by name. */
  record Call(int offset, String name, List<Node> arguments) implements Node {}

  /** {@code all(array, {predicate})} and the other closure-taking built-ins. */
  record Predicate(int offset, String name, Node collection, Node body) implements Node {}

  record Conditional(int offset, Node condition, Node then, Node otherwise) implements Node {}

  record ArrayLiteral(int offset, List<Node> items) implements Node {}

  record MapLiteral(int offset, List<String> keys, List<Node> values) implements Node {}
}
