package dev.tollgate.lint.api;

import dev.tollgate.core.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Everything a user reads about a rule, in one place: the catalog, {@code docs/rules.md} and every
 * finding's id and hint come from here.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** Kebab-case id with a domain prefix: {@code k8s-}, {@code argo-}, {@code flag-}, ... */
  String id();

  Severity severity();

  /** One sentence saying what must hold, e.g. "Container images must be pinned". */
  String summary();

  /** Imperative fix with a final period; printed as the {@code hint:} line. */
  String remediation();

  /** The kinds (or file types, e.g. "GitHub workflow") the rule looks at, for the docs. */
  String[] appliesTo() default {};

  boolean enabledByDefault() default true;
}
