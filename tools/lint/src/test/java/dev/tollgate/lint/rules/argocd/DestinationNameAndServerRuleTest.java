package dev.tollgate.lint.rules.argocd;

import dev.tollgate.lint.testing.RuleFixtureTest;

class DestinationNameAndServerRuleTest extends RuleFixtureTest {
  DestinationNameAndServerRuleTest() {
    super(DestinationNameAndServerRule.class);
  }
}
