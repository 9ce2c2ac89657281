package dev.tollgate.lint.rules.argo;

import dev.tollgate.lint.testing.RuleFixtureTest;

class InvalidDryRunRuleTest extends RuleFixtureTest {
  InvalidDryRunRuleTest() {
    super(InvalidDryRunRule.class);
  }
}
