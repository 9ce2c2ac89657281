package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class PdbMinAvailableRuleTest extends RuleFixtureTest {
  PdbMinAvailableRuleTest() {
    super(PdbMinAvailableRule.class);
  }
}
