package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class DanglingServiceRuleTest extends RuleFixtureTest {
  DanglingServiceRuleTest() {
    super(DanglingServiceRule.class);
  }
}
