package dev.tollgate.lint.api;

/**
 * A policy rule. Each rule is one class annotated with {@link RuleInfo} and listed in {@code
 * BuiltInRules}. Rules are stateless and may run on several threads at once.
 */
public interface Rule {

  /** Looks at the whole workspace; most rules extend {@link ObjectRule} instead. */
  void check(Workspace workspace, Findings findings);

  default RuleInfo info() {
    RuleInfo info = getClass().getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(getClass().getName() + " lacks @RuleInfo");
    }
    return info;
  }
}
