package dev.tollgate.promql.parser;

import dev.tollgate.promql.PromQLParseException;
import dev.tollgate.promql.ast.AggregateExpr;
import dev.tollgate.promql.ast.BinaryOp;
import dev.tollgate.promql.ast.Call;
import dev.tollgate.promql.ast.Expr;
import dev.tollgate.promql.ast.FunctionDef;
import dev.tollgate.promql.ast.Functions;
import dev.tollgate.promql.ast.NumberLiteral;
import dev.tollgate.promql.ast.ParenExpr;
import dev.tollgate.promql.ast.StringLiteral;
import dev.tollgate.promql.ast.UnaryExpr;
import dev.tollgate.promql.ast.VectorMatching;
import dev.tollgate.promql.parser.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Recursive-descent / precedence-climbing PromQL parser; {@link TypeChecker} runs afterwards. */
public final class Parser {
  private final String query;
  private final List<Token> tokens;
  private int index;

  private Parser(String query, List<Token> tokens) {
    this.query = query;
    this.tokens = tokens;
  }

  public static Expr parse(String query) throws PromQLParseException {
    List<Token> tokens;
    try {
      tokens = Lexer.lex(query);
    } catch (Lexer.LexError e) {
      throw new PromQLParseException(query, e.pos, e.end, e.getMessage());
    }
    try {
      return parseTokens(query, tokens);
    } catch (LexFailure e) {
      throw new PromQLParseException(query, e.token.pos(), e.token.pos(), e.token.text());
    }
  }

  private static Expr parseTokens(String query, List<Token> tokens) throws PromQLParseException {
    Parser p = new Parser(query, tokens);
    if (p.peek().kind() == Kind.EOF) {
      throw p.error(p.peek(), "no expression found in input");
    }
    Expr e = p.parseExpr(0);
    if (p.peek().kind() != Kind.EOF) {
      Token t = p.peek();
      throw p.error(t, "unexpected " + t.describe());
    }
    TypeChecker.check(query, e);
    return e;
  }

  PromQLParseException error(Token t, String message) {
    return new PromQLParseException(query, t.pos(), t.end(), message);
  }

  Token peek() {
    Token t = tokens.get(index);
    if (t.kind() == Kind.ERROR) {
      throw new LexFailure(t);
    }
    return t;
  }

  /** Carries a lexing error token out of the recursive descent. */
  private static final class LexFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Token token;

    LexFailure(Token token) {
      super(token.text(), null, false, false);
      this.token = token;
    }
  }

  Token peek(int ahead) {
    return tokens.get(Math.min(index + ahead, tokens.size() - 1));
  }

  Token next() {
    Token t = peek();
    if (t.kind() != Kind.EOF) {
      index++;
    }
    return t;
  }

  Token expect(Kind kind, String context) throws PromQLParseException {
    Token t = peek();
    if (t.kind() != kind) {
      throw error(t, "unexpected " + t.describe() + " " + context);
    }
    return next();
  }

  static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  /** The binary operator at the current token, or null. */
  private BinaryOp binaryOpAt(Token t) {
    if (t.kind() == Kind.OPERATOR) {
      for (BinaryOp op : BinaryOp.values()) {
        if (op.text().equals(t.text())) {
          return op;
        }
      }
      return null;
    }
    if (t.kind() == Kind.IDENTIFIER) {
      return switch (lower(t)) {
        case "and" -> BinaryOp.LAND;
        case "or" -> BinaryOp.LOR;
        case "unless" -> BinaryOp.LUNLESS;
        case "atan2" -> BinaryOp.ATAN2;
        default -> null;
      };
    }
    return null;
  }

  Expr parseExpr(int minPrecedence) throws PromQLParseException {
    Expr lhs = parseUnary();
    while (true) {
      Token opToken = peek();
      BinaryOp op = binaryOpAt(opToken);
      if (op == null || op.precedence() < minPrecedence) {
        return lhs;
      }
      next();
      boolean returnBool = false;
      if (peek().kind() == Kind.IDENTIFIER && lower(peek()).equals("bool")) {
        next();
        returnBool = true;
      }
      VectorMatching matching = new MatchingParser(this).modifiers(op);
      int nextMin = op.rightAssociative() ? op.precedence() : op.precedence() + 1;
      Expr rhs = parseExpr(nextMin);
      lhs = TypeChecker.binary(this, opToken, op, lhs, rhs, matching, returnBool);
    }
  }

  String unquote(Token t) throws PromQLParseException {
    try {
      return GoUnquote.unquote(t.text());
    } catch (IllegalArgumentException e) {
      throw error(t, e.getMessage());
    }
  }

  private Expr parseUnary() throws PromQLParseException {
    Token t = peek();
    if (t.kind() == Kind.OPERATOR && (t.text().equals("-") || t.text().equals("+"))) {
      next();
      // Unary operators bind like '*': '^' binds tighter (-2^2 = -4).
      Expr operand = parseExpr(BinaryOp.POW.precedence());
      boolean negate = t.text().equals("-");
      if (operand instanceof NumberLiteral n) {
        return new NumberLiteral(negate ? -n.value() : n.value(), t.pos(), n.end());
      }
      TypeChecker.unary(this, t, operand);
      return new UnaryExpr(negate, operand, t.pos(), operand.end());
    }
    return new PostfixParser(this).parse(parsePrimary());
  }

  private Expr parsePrimary() throws PromQLParseException {
    Token t = peek();
    switch (t.kind()) {
      case NUMBER -> {
        next();
        return new NumberLiteral(parseNumber(t), t.pos(), t.end());
      }
      case STRING -> {
        next();
        return new StringLiteral(unquote(t), t.pos(), t.end());
      }
      case LEFT_PAREN -> {
        next();
        if (peek().kind() == Kind.RIGHT_PAREN) {
          throw error(peek(), "unexpected \")\"");
        }
        Expr inner = parseExpr(0);
        Token close = peek();
        if (close.kind() == Kind.EOF) {
          throw error(close, "unclosed left parenthesis");
        }
        if (close.kind() != Kind.RIGHT_PAREN) {
          throw error(close, "unexpected " + close.describe());
        }
        next();
        return new ParenExpr(inner, t.pos(), close.end());
      }
      case LEFT_BRACE -> {
        return new SelectorParser(this).parse(null, t.pos());
      }
      case IDENTIFIER, METRIC_IDENTIFIER -> {
        String word = lower(t);
        if (t.kind() == Kind.IDENTIFIER
            && Lexer.AGGREGATORS.contains(word)
            && (peek(1).kind() == Kind.LEFT_PAREN
                || (peek(1).kind() == Kind.IDENTIFIER
                    && (lower(peek(1)).equals("by") || lower(peek(1)).equals("without"))))) {
          return parseAggregate();
        }
        if (t.kind() == Kind.IDENTIFIER && peek(1).kind() == Kind.LEFT_PAREN) {
          return parseCall();
        }
        if (Lexer.isKeyword(word) && t.kind() == Kind.IDENTIFIER) {
          throw error(t, "unexpected " + t.describe());
        }
        next();
        return new SelectorParser(this).parse(t.text(), t.pos());
      }
      case EOF -> throw error(t, "unexpected end of input");
      case DURATION -> {
        // A duration used as a number of seconds (3.x duration expressions).
        next();
        try {
          return new NumberLiteral(
              dev.tollgate.promql.PromDuration.parseMillis(t.text()) / 1000.0, t.pos(), t.end());
        } catch (IllegalArgumentException ex) {
          throw error(t, ex.getMessage());
        }
      }
      case RIGHT_PAREN -> throw error(t, "unexpected right parenthesis ')'");
      default -> throw error(t, "unexpected " + t.describe());
    }
  }

  double parseNumber(Token t) throws PromQLParseException {
    String s = t.text().replace("_", "");
    String l = s.toLowerCase(Locale.ROOT);
    try {
      if (l.equals("inf")) {
        return Double.POSITIVE_INFINITY;
      }
      if (l.equals("nan")) {
        return Double.NaN;
      }
      if (l.startsWith("0x")) {
        return Long.parseUnsignedLong(s.substring(2), 16);
      }
      if (l.length() > 1 && l.startsWith("0") && l.chars().allMatch(Character::isDigit)) {
        return Long.parseLong(s, 8);
      }
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw error(t, "error parsing number: " + e.getMessage());
    }
  }

  private Expr parseCall() throws PromQLParseException {
    Token name = next();
    FunctionDef def = Functions.get(name.text());
    if (def == null) {
      throw error(
          name, "unknown function with name " + dev.tollgate.promql.GoStrings.quote(name.text()));
    }
    switch (def.name()) {
      case "info" ->
          throw new UnsupportedFeatureException(
              "experimental info() function", query, name.pos(), name.end());
      default -> {}
    }
    next();
    List<Expr> args = new ArrayList<>();
    while (peek().kind() != Kind.RIGHT_PAREN) {
      if (peek().kind() == Kind.EOF) {
        throw error(peek(), "unclosed left parenthesis");
      }
      args.add(parseExpr(0));
      if (peek().kind() == Kind.COMMA) {
        next();
        if (peek().kind() == Kind.RIGHT_PAREN) {
          break;
        }
      } else if (peek().kind() != Kind.RIGHT_PAREN) {
        Token bad = peek();
        if (bad.kind() == Kind.EOF) {
          throw error(bad, "unclosed left parenthesis");
        }
        throw error(
            bad,
            "unexpected "
                + bad.describe()
                + " in function call argument list, expected \",\" or \")\"");
      }
    }
    Token close = next();
    Call call = new Call(def, List.copyOf(args), name.pos(), close.end());
    TypeChecker.call(this, call);
    return call;
  }

  private Expr parseAggregate() throws PromQLParseException {
    Token opToken = next();
    String op = lower(opToken);
    List<String> grouping = List.of();
    boolean without = false;
    boolean haveGrouping = false;
    if (peek().kind() == Kind.IDENTIFIER
        && (lower(peek()).equals("by") || lower(peek()).equals("without"))) {
      without = lower(next()).equals("without");
      grouping = new MatchingParser(this).labelList();
      haveGrouping = true;
    }
    Token open = expect(Kind.LEFT_PAREN, "in aggregation, expected \"(\"");
    List<Expr> args = new ArrayList<>();
    while (peek().kind() != Kind.RIGHT_PAREN) {
      if (peek().kind() == Kind.EOF) {
        throw error(peek(), "unclosed left parenthesis");
      }
      args.add(parseExpr(0));
      if (peek().kind() == Kind.COMMA) {
        next();
      } else if (peek().kind() != Kind.RIGHT_PAREN) {
        Token bad = peek();
        if (bad.kind() == Kind.EOF) {
          throw error(bad, "unclosed left parenthesis");
        }
        throw error(
            bad, "unexpected " + bad.describe() + " in aggregation, expected \",\" or \")\"");
      }
    }
    Token close = next();
    int end = close.end();
    if (peek().kind() == Kind.IDENTIFIER
        && (lower(peek()).equals("by") || lower(peek()).equals("without"))) {
      if (haveGrouping) {
        throw error(peek(), "unexpected " + peek().describe());
      }
      without = lower(next()).equals("without");
      grouping = new MatchingParser(this).labelList();
      end = tokens.get(index - 1).end();
    }
    boolean hasParam =
        switch (op) {
          case "topk", "bottomk", "quantile", "count_values", "limitk", "limit_ratio" -> true;
          default -> false;
        };
    int want = hasParam ? 2 : 1;
    if (args.size() != want) {
      throw new PromQLParseException(
          query,
          opToken.pos(),
          end,
          "wrong number of arguments for aggregate expression provided, expected "
              + want
              + ", got "
              + args.size());
    }
    if (args.isEmpty()) {
      throw error(open, "unexpected \")\"");
    }
    AggregateExpr agg =
        new AggregateExpr(
            op,
            args.get(args.size() - 1),
            hasParam ? args.get(0) : null,
            List.copyOf(grouping),
            without,
            opToken.pos(),
            end);
    TypeChecker.aggregate(this, agg);
    return agg;
  }

  /** End offset of the last consumed token. */
  int previousEnd() {
    return tokens.get(index - 1).end();
  }

  String query() {
    return query;
  }
}
