package dev.tollgate.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A precedence-climbing parser with expr v1.15.5's operator table. */
final class Parser {
  private record Op(int precedence, boolean rightAssociative) {}

  private static final Map<String, Integer> UNARY = Map.of("not", 50, "!", 50, "-", 90, "+", 90);
  private static final Map<String, Op> BINARY =
      Map.ofEntries(
          Map.entry("|", new Op(0, false)),
          Map.entry("or", new Op(10, false)),
          Map.entry("||", new Op(10, false)),
          Map.entry("and", new Op(15, false)),
          Map.entry("&&", new Op(15, false)),
          Map.entry("==", new Op(20, false)),
          Map.entry("!=", new Op(20, false)),
          Map.entry("<", new Op(20, false)),
          Map.entry(">", new Op(20, false)),
          Map.entry(">=", new Op(20, false)),
          Map.entry("<=", new Op(20, false)),
          Map.entry("in", new Op(20, false)),
          Map.entry("matches", new Op(20, false)),
          Map.entry("contains", new Op(20, false)),
          Map.entry("startsWith", new Op(20, false)),
          Map.entry("endsWith", new Op(20, false)),
          Map.entry("..", new Op(25, false)),
          Map.entry("+", new Op(30, false)),
          Map.entry("-", new Op(30, false)),
          Map.entry("*", new Op(60, false)),
          Map.entry("/", new Op(60, false)),
          Map.entry("%", new Op(60, false)),
          Map.entry("**", new Op(100, true)),
          Map.entry("^", new Op(100, true)),
          Map.entry("??", new Op(500, false)));

  /** The built-ins that take a closure as their second argument. */
  static final Set<String> PREDICATES =
      Set.of(
          "all",
          "none",
          "any",
          "one",
          "filter",
          "map",
          "count",
          "find",
          "findIndex",
          "findLast",
          "findLastIndex");

  private final Source source;
  private final List<Token> tokens;
  private int index;
  private int closureDepth;
  private int nesting;
  private int nodes;

  /** Conditions are one-liners; the caps keep hostile input from exhausting the stack. */
  static final int MAX_NESTING = 100;

  static final int MAX_NODES = 2000;

  Parser(Source source) throws ExprException {
    this.source = source;
    this.tokens = new Lexer(source).tokens();
  }

  Node parse() throws ExprException {
    if (current().kind() == Token.Kind.EOF) {
      throw source.error(0, "unexpected end of input: empty expression");
    }
    Node node = expression(0);
    Token end = current();
    if (end.kind() != Token.Kind.EOF) {
      throw unexpected(end);
    }
    return node;
  }

  private Token current() {
    return tokens.get(index);
  }

  private Token next() throws ExprException {
    if (++nodes > MAX_NODES) {
      throw source.error(
          tokens.get(index).offset(), "expression too large (over %d tokens)", MAX_NODES);
    }
    Token t = tokens.get(index);
    if (index < tokens.size() - 1) {
      index++;
    }
    return t;
  }

  private ExprException unexpected(Token t) {
    if (t.kind() == Token.Kind.EOF) {
      return source.error(t.offset(), "unexpected end of input");
    }
    if (t.isOperator("|")) {
      return source.error(t.offset(), "unsupported syntax: pipe operator '|'");
    }
    if (t.isOperator("=") || t.isOperator(";")) {
      return source.error(
          t.offset(),
          "unsupported syntax: '%s' (assignments and variables are not supported)",
          t.text());
    }
    return source.error(t.offset(), "unexpected token %s", describe(t));
  }

  private static String describe(Token t) {
    return switch (t.kind()) {
      case NUMBER -> "Number(\"" + t.text() + "\")";
      case STRING -> "String(" + t.text() + ")";
      case IDENT -> "Identifier(\"" + t.text() + "\")";
      case OPERATOR -> "Operator(\"" + t.text() + "\")";
      case BRACKET -> "Bracket(\"" + t.text() + "\")";
      case EOF -> "EOF";
    };
  }

  private void expect(Token.Kind kind, String text) throws ExprException {
    Token t = current();
    if (!t.is(kind, text)) {
      throw unexpected(t);
    }
    next();
  }

  private Node expression(int precedence) throws ExprException {
    if (++nesting > MAX_NESTING) {
      throw source.error(
          current().offset(), "expression nested too deeply (over %d levels)", MAX_NESTING);
    }
    try {
      return expressionAt(precedence);
    } finally {
      nesting--;
    }
  }

  private Node expressionAt(int precedence) throws ExprException {
    Node left = unary();
    // a chain "a && b && c ..." nests to the left, one tree level per operator: the checker and
    // the interpreter recurse that deep, so the chain counts against the nesting cap too
    int chain = 0;
    while (current().kind() == Token.Kind.OPERATOR) {
      Token op = current();
      boolean negate = false;
      int save = index;
      if (op.isOperator("not")) {
        next();
        negate = true;
        op = current();
        if (op.kind() != Token.Kind.OPERATOR || !BINARY.containsKey(op.text())) {
          throw unexpected(op);
        }
      }
      Op info = BINARY.get(op.text());
      if (info == null || info.precedence() < precedence) {
        index = save;
        break;
      }
      if (op.isOperator("|")) {
        throw unexpected(op);
      }
      if (nesting + ++chain > MAX_NESTING) {
        throw source.error(
            op.offset(), "expression nested too deeply (over %d levels)", MAX_NESTING);
      }
      next();
      Node right = expression(info.rightAssociative() ? info.precedence() : info.precedence() + 1);
      Node binary = new Node.Binary(op.offset(), op.text(), left, right);
      left = negate ? new Node.Unary(op.offset(), "not", binary) : binary;
    }
    if (precedence == 0 && current().isOperator("?")) {
      Token q = next();
      Node then = expression(0);
      expect(Token.Kind.OPERATOR, ":");
      Node otherwise = expression(0);
      left = new Node.Conditional(q.offset(), left, then, otherwise);
    }
    return left;
  }

  private Node unary() throws ExprException {
    Token t = current();
    if (t.kind() == Token.Kind.OPERATOR && UNARY.containsKey(t.text())) {
      next();
      Node operand = expression(UNARY.get(t.text()));
      return new Node.Unary(t.offset(), t.text(), operand);
    }
    return postfix(primary());
  }

  private Node primary() throws ExprException {
    Token t = next();
    switch (t.kind()) {
      case NUMBER, STRING -> {
        return new Node.Literal(t.offset(), t.value());
      }
      case IDENT -> {
        return identifier(t);
      }
      case BRACKET -> {
        if (t.text().equals("(")) {
          Node inner = expression(0);
          expect(Token.Kind.BRACKET, ")");
          return inner;
        }
        if (t.text().equals("[")) {
          return new Node.ArrayLiteral(t.offset(), list("]"));
        }
        if (t.text().equals("{")) {
          return mapLiteral(t);
        }
        throw unexpected(t);
      }
      case OPERATOR -> {
        if (t.text().equals("#")) {
          requireClosure(t);
          return new Node.Pointer(t.offset(), null);
        }
        if (t.text().equals(".") && current().kind() == Token.Kind.IDENT) {
          requireClosure(t);
          return new Node.Pointer(t.offset(), next().text());
        }
        throw unexpected(t);
      }
      default -> throw unexpected(t);
    }
  }

  private void requireClosure(Token t) throws ExprException {
    if (closureDepth == 0) {
      throw source.error(t.offset(), "cannot use pointer accessor outside closure");
    }
  }

  private Node identifier(Token t) throws ExprException {
    switch (t.text()) {
      case "true" -> {
        return new Node.Literal(t.offset(), true);
      }
      case "false" -> {
        return new Node.Literal(t.offset(), false);
      }
      case "nil" -> {
        return new Node.Literal(t.offset(), null);
      }
      case "let" ->
          throw source.error(t.offset(), "unsupported syntax: variable declaration 'let'");
      default -> {}
    }
    if (!current().isBracket("(")) {
      return new Node.Ident(t.offset(), t.text());
    }
    if (Builtins.UNSUPPORTED.contains(t.text())) {
      throw source.error(t.offset(), "unsupported syntax: built-in function '%s'", t.text());
    }
    next();
    if (PREDICATES.contains(t.text())) {
      Node collection = expression(0);
      expect(Token.Kind.OPERATOR, ",");
      Node body = closure();
      expect(Token.Kind.BRACKET, ")");
      return new Node.Predicate(t.offset(), t.text(), collection, body);
    }
    return new Node.Call(t.offset(), t.text(), list(")"));
  }

  /** {@code {# > 1}} or, with the braces left out, {@code # > 1}. */
  private Node closure() throws ExprException {
    closureDepth++;
    try {
      if (current().isBracket("{")) {
        next();
        Node body = expression(0);
        expect(Token.Kind.BRACKET, "}");
        return body;
      }
      return expression(0);
    } finally {
      closureDepth--;
    }
  }

  private List<Node> list(String close) throws ExprException {
    List<Node> items = new ArrayList<>();
    while (!current().isBracket(close)) {
      if (!items.isEmpty()) {
        expect(Token.Kind.OPERATOR, ",");
        if (current().isBracket(close)) {
          break; // trailing comma
        }
      }
      items.add(expression(0));
    }
    next();
    return items;
  }

  private Node mapLiteral(Token open) throws ExprException {
    List<String> keys = new ArrayList<>();
    List<Node> values = new ArrayList<>();
    while (!current().isBracket("}")) {
      if (!keys.isEmpty()) {
        expect(Token.Kind.OPERATOR, ",");
        if (current().isBracket("}")) {
          break;
        }
      }
      Token key = next();
      if (key.kind() == Token.Kind.IDENT || key.kind() == Token.Kind.STRING) {
        keys.add(key.kind() == Token.Kind.STRING ? (String) key.value() : key.text());
      } else if (key.kind() == Token.Kind.NUMBER) {
        keys.add(key.text());
      } else if (key.isBracket("(")) {
        throw source.error(key.offset(), "unsupported syntax: computed map key");
      } else {
        throw source.error(
            key.offset(),
            "a map key must be a quoted string, a number, a identifier, or an expression enclosed in parentheses (unexpected token %s)",
            describe(key));
      }
      expect(Token.Kind.OPERATOR, ":");
      values.add(expression(0));
    }
    next();
    return new Node.MapLiteral(open.offset(), keys, values);
  }

  private Node postfix(Node node) throws ExprException {
    while (true) {
      Token t = current();
      if (t.isOperator(".") || t.isOperator("?.")) {
        next();
        Token name = next();
        if (name.kind() != Token.Kind.IDENT && name.kind() != Token.Kind.OPERATOR) {
          throw source.error(name.offset(), "expected name");
        }
        if (name.kind() == Token.Kind.OPERATOR && !Character.isLetter(name.text().charAt(0))) {
          throw source.error(name.offset(), "expected name");
        }
        if (current().isBracket("(")) {
          throw source.error(name.offset(), "unsupported syntax: method call '%s()'", name.text());
        }
        node =
            new Node.Member(
                name.offset(),
                node,
                new Node.Literal(name.offset(), name.text()),
                t.isOperator("?."));
      } else if (t.isBracket("[")) {
        next();
        if (current().isOperator(":")) {
          next();
          Node to = current().isBracket("]") ? null : expression(0);
          expect(Token.Kind.BRACKET, "]");
          node = new Node.Slice(t.offset(), node, null, to);
          continue;
        }
        Node from = expression(0);
        if (current().isOperator(":")) {
          next();
          Node to = current().isBracket("]") ? null : expression(0);
          expect(Token.Kind.BRACKET, "]");
          node = new Node.Slice(t.offset(), node, from, to);
        } else {
          expect(Token.Kind.BRACKET, "]");
          node = new Node.Member(t.offset(), node, from, false);
        }
      } else if (t.isBracket("(")) {
        throw source.error(
            t.offset(), "unsupported syntax: calling a value that is not a function name");
      } else {
        return node;
      }
    }
  }
}
