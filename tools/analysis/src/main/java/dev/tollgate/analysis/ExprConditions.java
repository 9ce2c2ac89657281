package dev.tollgate.analysis;

import dev.tollgate.expr.ArgoConditions;
import dev.tollgate.expr.Expr;
import dev.tollgate.expr.ExprException;
import java.util.HashMap;
import java.util.Map;

/** Conditions evaluated by tollgate's expr-lang engine in Argo's environment (spec §3.2). */
public final class ExprConditions implements ConditionEvaluator {
  private final Map<String, Expr> compiled = new HashMap<>();

  @Override
  public boolean evaluate(String condition, Object result) throws ConditionException {
    Expr expr = compile(condition);
    try {
      return (Boolean) ArgoConditions.evaluateCondition(expr, result);
    } catch (ExprException e) {
      throw new ConditionException(e.reason(), e.line(), e.column());
    } catch (RuntimeException e) {
      // a panic inside a helper (asInt("x")) is an Error measurement in Argo too
      throw new ConditionException(String.valueOf(e.getMessage()), 0, 0);
    }
  }

  @Override
  public void checkSyntax(String condition) throws ConditionException {
    compile(condition);
  }

  private Expr compile(String condition) throws ConditionException {
    Expr expr = compiled.get(condition);
    if (expr == null) {
      try {
        expr = Expr.compile(condition);
      } catch (ExprException e) {
        throw new ConditionException(e.reason(), e.line(), e.column());
      }
      compiled.put(condition, expr);
    }
    return expr;
  }
}
