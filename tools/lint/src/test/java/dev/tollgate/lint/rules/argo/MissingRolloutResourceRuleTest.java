package dev.tollgate.lint.rules.argo;

import dev.tollgate.lint.testing.RuleFixtureTest;

class MissingRolloutResourceRuleTest extends RuleFixtureTest {
  MissingRolloutResourceRuleTest() {
    super(MissingRolloutResourceRule.class);
  }
}
