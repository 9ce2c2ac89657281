package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class SensitiveHostMountsRuleTest extends RuleFixtureTest {
  SensitiveHostMountsRuleTest() {
    super(SensitiveHostMountsRule.class);
  }
}
