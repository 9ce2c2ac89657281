package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class ReadinessPortRuleTest extends RuleFixtureTest {
  ReadinessPortRuleTest() {
    super(ReadinessPortRule.class);
  }
}
