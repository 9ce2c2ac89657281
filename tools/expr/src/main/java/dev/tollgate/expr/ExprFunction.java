package dev.tollgate.expr;

import java.util.List;

/**
 * A function placed in the environment (like Argo's {@code isNaN}), with the Go signature the
 * checker validates calls against.
 */
public interface ExprFunction {
  /** Parameter types; {@link Type#ANY} accepts everything. */
  List<Type> parameters();

  Type returns();

  /**
   * Calls the function with already-converted arguments.
   *
   * @throws IllegalArgumentException with Go's panic text when the call fails at run time
   */
  Object call(List<Object> arguments);
}
