package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class MismatchingSelectorRuleTest extends RuleFixtureTest {
  MismatchingSelectorRuleTest() {
    super(MismatchingSelectorRule.class);
  }
}
