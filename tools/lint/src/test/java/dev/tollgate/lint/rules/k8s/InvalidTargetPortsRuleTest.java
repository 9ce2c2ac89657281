package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class InvalidTargetPortsRuleTest extends RuleFixtureTest {
  InvalidTargetPortsRuleTest() {
    super(InvalidTargetPortsRule.class);
  }
}
