package dev.tollgate.lint.rules.argo;

import dev.tollgate.lint.testing.RuleFixtureTest;

class InvalidCanaryStepRuleTest extends RuleFixtureTest {
  InvalidCanaryStepRuleTest() {
    super(InvalidCanaryStepRule.class);
  }
}
