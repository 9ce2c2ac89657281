package dev.tollgate.lint.rules.argocd;

import dev.tollgate.lint.testing.RuleFixtureTest;

class MissingProjectRuleTest extends RuleFixtureTest {
  MissingProjectRuleTest() {
    super(MissingProjectRule.class);
  }
}
