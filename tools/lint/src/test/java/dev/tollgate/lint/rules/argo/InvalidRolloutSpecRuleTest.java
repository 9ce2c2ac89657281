package dev.tollgate.lint.rules.argo;

import dev.tollgate.lint.testing.RuleFixtureTest;

class InvalidRolloutSpecRuleTest extends RuleFixtureTest {
  InvalidRolloutSpecRuleTest() {
    super(InvalidRolloutSpecRule.class);
  }
}
