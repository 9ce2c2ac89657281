package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class PdbMaxUnavailableRuleTest extends RuleFixtureTest {
  PdbMaxUnavailableRuleTest() {
    super(PdbMaxUnavailableRule.class);
  }
}
