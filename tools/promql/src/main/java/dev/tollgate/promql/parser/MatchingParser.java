package dev.tollgate.promql.parser;

import dev.tollgate.promql.PromQLParseException;
import dev.tollgate.promql.ast.BinaryOp;
import dev.tollgate.promql.ast.VectorMatching;
import dev.tollgate.promql.parser.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What may follow a binary operator before its right-hand side: {@code on/ignoring(...)}, {@code
 * group_left/group_right(...)} and the fill modifiers; and the label lists they and {@code
 * by/without} take.
 */
final class MatchingParser {
  private final Parser p;

  MatchingParser(Parser p) {
    this.p = p;
  }

  /** The matching and fill modifiers of a binary operator. */
  VectorMatching modifiers(BinaryOp op) throws PromQLParseException {
    return fill(op, matching(op));
  }

  /**
   * The experimental {@code fill(v)}, {@code fill_left(v)}, {@code fill_right(v)} modifiers (3.x
   * test engine): a missing sample on that side is replaced by {@code v}.
   */
  private VectorMatching fill(BinaryOp op, VectorMatching m) throws PromQLParseException {
    Double left = m.fillLeft();
    Double right = m.fillRight();
    while (p.peek().kind() == Kind.IDENTIFIER
        && p.peek(1).kind() == Kind.LEFT_PAREN
        && Set.of("fill", "fill_left", "fill_right").contains(Parser.lower(p.peek()))) {
      Token kw = p.next();
      if (op.isSetOperator()) {
        throw p.error(kw, "fill modifiers are not allowed for set operator \"" + op.text() + "\"");
      }
      p.next();
      boolean negative = false;
      if (p.peek().kind() == Kind.OPERATOR
          && (p.peek().text().equals("-") || p.peek().text().equals("+"))) {
        negative = p.next().text().equals("-");
      }
      Token num = p.expect(Kind.NUMBER, "in fill modifier, expected number");
      double v = p.parseNumber(num);
      if (negative) {
        v = -v;
      }
      p.expect(Kind.RIGHT_PAREN, "in fill modifier, expected \")\"");
      switch (Parser.lower(kw)) {
        case "fill_left" -> left = v;
        case "fill_right" -> right = v;
        default -> {
          left = v;
          right = v;
        }
      }
    }
    return new VectorMatching(m.card(), m.matchingLabels(), m.on(), m.include(), left, right);
  }

  /** {@code on(...)/ignoring(...)} and {@code group_left/group_right(...)}; null when absent. */
  private VectorMatching matching(BinaryOp op) throws PromQLParseException {
    Token t = p.peek();
    List<String> labels = List.of();
    boolean on = false;
    boolean explicit = false;
    if (t.kind() == Kind.IDENTIFIER
        && (Parser.lower(t).equals("on") || Parser.lower(t).equals("ignoring"))) {
      p.next();
      on = Parser.lower(t).equals("on");
      labels = labelList();
      explicit = true;
    }
    VectorMatching.Cardinality card =
        op.isSetOperator()
            ? VectorMatching.Cardinality.MANY_TO_MANY
            : VectorMatching.Cardinality.ONE_TO_ONE;
    List<String> include = List.of();
    Token g = p.peek();
    if (g.kind() == Kind.IDENTIFIER
        && (Parser.lower(g).equals("group_left") || Parser.lower(g).equals("group_right"))) {
      if (!explicit) {
        throw p.error(g, "unexpected <group_left/group_right>");
      }
      p.next();
      card =
          Parser.lower(g).equals("group_left")
              ? VectorMatching.Cardinality.MANY_TO_ONE
              : VectorMatching.Cardinality.ONE_TO_MANY;
      if (p.peek().kind() == Kind.LEFT_PAREN) {
        include = labelList();
      }
      if (op.isSetOperator()) {
        throw p.error(g, "no grouping allowed for \"" + op.text() + "\" operation");
      }
    }
    return new VectorMatching(card, labels, on, include, null, null);
  }

  /** {@code (a, b, "c")} - names may be keywords; a trailing comma is allowed. */
  List<String> labelList() throws PromQLParseException {
    p.expect(Kind.LEFT_PAREN, "in grouping opts, expected \"(\"");
    List<String> out = new ArrayList<>();
    while (p.peek().kind() != Kind.RIGHT_PAREN) {
      Token t = p.next();
      if (t.kind() == Kind.IDENTIFIER) {
        out.add(t.text());
      } else if (t.kind() == Kind.STRING) {
        out.add(p.unquote(t));
      } else {
        throw p.error(t, "unexpected " + t.describe() + " in grouping opts, expected label");
      }
      if (p.peek().kind() == Kind.COMMA) {
        p.next();
      } else if (p.peek().kind() != Kind.RIGHT_PAREN) {
        Token bad = p.peek();
        throw p.error(
            bad, "unexpected " + bad.describe() + " in grouping opts, expected \")\" or \",\"");
      }
    }
    p.next();
    return out;
  }
}
