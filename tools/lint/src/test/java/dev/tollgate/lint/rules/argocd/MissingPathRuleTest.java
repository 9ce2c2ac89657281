package dev.tollgate.lint.rules.argocd;

import dev.tollgate.lint.testing.RuleFixtureTest;

class MissingPathRuleTest extends RuleFixtureTest {
  MissingPathRuleTest() {
    super(MissingPathRule.class);
  }
}
