package dev.tollgate.lint.rules.argocd;

import dev.tollgate.lint.testing.RuleFixtureTest;

class AppsetMissingKeyErrorRuleTest extends RuleFixtureTest {
  AppsetMissingKeyErrorRuleTest() {
    super(AppsetMissingKeyErrorRule.class);
  }
}
