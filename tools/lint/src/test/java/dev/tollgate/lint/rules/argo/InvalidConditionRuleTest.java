package dev.tollgate.lint.rules.argo;

import dev.tollgate.lint.testing.RuleFixtureTest;

class InvalidConditionRuleTest extends RuleFixtureTest {
  InvalidConditionRuleTest() {
    super(InvalidConditionRule.class);
  }
}
