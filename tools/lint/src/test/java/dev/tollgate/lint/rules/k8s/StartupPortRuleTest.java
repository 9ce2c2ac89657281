package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class StartupPortRuleTest extends RuleFixtureTest {
  StartupPortRuleTest() {
    super(StartupPortRule.class);
  }
}
