package dev.tollgate.promql.parser;

import dev.tollgate.promql.GoStrings;
import dev.tollgate.promql.PromQLParseException;
import dev.tollgate.promql.ast.AggregateExpr;
import dev.tollgate.promql.ast.BinaryExpr;
import dev.tollgate.promql.ast.BinaryOp;
import dev.tollgate.promql.ast.Call;
import dev.tollgate.promql.ast.Expr;
import dev.tollgate.promql.ast.FunctionDef;
import dev.tollgate.promql.ast.ValueType;
import dev.tollgate.promql.ast.VectorMatching;
import java.util.List;

/** The static checks of Prometheus's {@code checkAST}, with its error texts. */
final class TypeChecker {
  private TypeChecker() {}

  static void check(String query, Expr e) throws PromQLParseException {
    // every node is checked as it is built; nothing is left for the root.
  }

  private static PromQLParseException err(Parser p, Expr at, String msg) {
    return new PromQLParseException(p.query(), at.start(), at.end(), msg);
  }

  static void unary(Parser p, Token op, Expr operand) throws PromQLParseException {
    ValueType t = operand.type();
    if (t != ValueType.SCALAR && t != ValueType.VECTOR) {
      throw new PromQLParseException(
          p.query(),
          op.pos(),
          operand.end(),
          "unary expression only allowed on expressions of type scalar or instant vector, got "
              + GoStrings.quote(t.text()));
    }
  }

  static BinaryExpr binary(
      Parser p,
      Token opToken,
      BinaryOp op,
      Expr lhs,
      Expr rhs,
      VectorMatching matching,
      boolean returnBool)
      throws PromQLParseException {
    BinaryExpr whole = new BinaryExpr(op, lhs, rhs, matching, returnBool, lhs.start(), rhs.end());
    if (returnBool && !op.isComparison()) {
      throw err(p, whole, "bool modifier can only be used on comparison operators");
    }
    ValueType lt = lhs.type();
    ValueType rt = rhs.type();
    if ((lt != ValueType.SCALAR && lt != ValueType.VECTOR)
        || (rt != ValueType.SCALAR && rt != ValueType.VECTOR)) {
      throw err(p, whole, "binary expression must contain only scalar and instant vector types");
    }
    if (op.isComparison() && !returnBool && lt == ValueType.SCALAR && rt == ValueType.SCALAR) {
      throw err(p, whole, "comparisons between scalars must use BOOL modifier");
    }
    boolean bothVectors = lt == ValueType.VECTOR && rt == ValueType.VECTOR;
    if (op.isSetOperator() && (lt == ValueType.SCALAR || rt == ValueType.SCALAR)) {
      throw err(
          p,
          whole,
          "set operator "
              + GoStrings.quote(op.text())
              + " not allowed in binary scalar expression");
    }
    if (!bothVectors) {
      if (matching != null && !matching.matchingLabels().isEmpty()) {
        throw err(p, whole, "vector matching only allowed between instant vectors");
      }
      return new BinaryExpr(op, lhs, rhs, null, returnBool, lhs.start(), rhs.end());
    }
    if (matching.on()) {
      for (String l : matching.include()) {
        if (matching.matchingLabels().contains(l)) {
          throw err(
              p,
              whole,
              "label " + GoStrings.quote(l) + " must not occur in ON and GROUP clause at once");
        }
      }
    }
    return whole;
  }

  static void call(Parser p, Call call) throws PromQLParseException {
    FunctionDef f = call.function();
    List<ValueType> types = f.argTypes();
    int nargs = types.size();
    int got = call.args().size();
    String name = GoStrings.quote(f.name());
    if (f.variadic() == 0) {
      if (nargs != got) {
        throw err(
            p, call, "expected " + nargs + " argument(s) in call to " + name + ", got " + got);
      }
    } else {
      int na = nargs - 1;
      if (na > got) {
        throw err(
            p,
            call,
            "expected at least " + na + " argument(s) in call to " + name + ", got " + got);
      } else if (f.variadic() > 0 && na + f.variadic() < got) {
        throw err(
            p,
            call,
            "expected at most "
                + (na + f.variadic())
                + " argument(s) in call to "
                + name
                + ", got "
                + got);
      }
    }
    for (int i = 0; i < got; i++) {
      int ti = i;
      if (ti >= nargs) {
        if (f.variadic() == 0) {
          break;
        }
        ti = nargs - 1;
      }
      expectType(p, call.args().get(i), types.get(ti), "call to function " + name);
    }
  }

  static void aggregate(Parser p, AggregateExpr agg) throws PromQLParseException {
    switch (agg.op()) {
      case "topk", "bottomk", "quantile", "limitk", "limit_ratio" ->
          expectType(p, agg.param(), ValueType.SCALAR, "aggregation parameter");
      case "count_values" -> expectType(p, agg.param(), ValueType.STRING, "aggregation parameter");
      default -> {}
    }
    expectType(p, agg.expr(), ValueType.VECTOR, "aggregation expression");
  }

  private static void expectType(Parser p, Expr e, ValueType want, String context)
      throws PromQLParseException {
    if (e.type() != want) {
      throw err(
          p, e, "expected type " + want.text() + " in " + context + ", got " + e.type().text());
    }
  }
}
