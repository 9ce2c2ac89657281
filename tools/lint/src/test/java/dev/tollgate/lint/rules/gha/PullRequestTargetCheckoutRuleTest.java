package dev.tollgate.lint.rules.gha;

import dev.tollgate.lint.testing.RuleFixtureTest;

class PullRequestTargetCheckoutRuleTest extends RuleFixtureTest {
  PullRequestTargetCheckoutRuleTest() {
    super(PullRequestTargetCheckoutRule.class);
  }
}
