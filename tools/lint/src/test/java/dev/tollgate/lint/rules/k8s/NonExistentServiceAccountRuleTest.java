package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class NonExistentServiceAccountRuleTest extends RuleFixtureTest {
  NonExistentServiceAccountRuleTest() {
    super(NonExistentServiceAccountRule.class);
  }
}
