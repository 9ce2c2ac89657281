package dev.tollgate.lint.api;

/**
 * A rule threw while looking at {@link #object()}: a bug in the rule, reported with the object it
 * choked on so the run can name the file and go on with the other rules.
 */
public final class RuleFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient KubeObject object;

  public RuleFailure(KubeObject object, RuntimeException cause) {
    super(object.path() + ": " + object.displayName() + ": " + cause, cause);
    this.object = object;
  }

  public KubeObject object() {
    return object;
  }
}
