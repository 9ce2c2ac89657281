package dev.tollgate.lint.rules.gha;

import dev.tollgate.lint.testing.RuleFixtureTest;

class UnpinnedActionRuleTest extends RuleFixtureTest {
  UnpinnedActionRuleTest() {
    super(UnpinnedActionRule.class);
  }
}
