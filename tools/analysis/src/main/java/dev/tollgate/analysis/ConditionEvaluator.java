package dev.tollgate.analysis;

/** Evaluates {@code successCondition} / {@code failureCondition} text against {@code result}. */
public interface ConditionEvaluator {

  /**
   * The condition's value for this result.
   *
   * @throws ConditionException on a compile error, a runtime error or a non-bool result, all of
   *     which Argo records as an Error measurement
   */
  boolean evaluate(String condition, Object result) throws ConditionException;

  /**
   * Checks the syntax once, before any measurement, so a malformed condition is a positioned input
   * error instead of a run of Error measurements.
   */
  void checkSyntax(String condition) throws ConditionException;
}
