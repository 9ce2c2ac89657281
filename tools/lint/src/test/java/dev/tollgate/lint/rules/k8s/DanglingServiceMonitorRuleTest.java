package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class DanglingServiceMonitorRuleTest extends RuleFixtureTest {
  DanglingServiceMonitorRuleTest() {
    super(DanglingServiceMonitorRule.class);
  }
}
