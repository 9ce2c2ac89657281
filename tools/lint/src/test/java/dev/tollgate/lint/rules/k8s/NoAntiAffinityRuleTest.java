package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class NoAntiAffinityRuleTest extends RuleFixtureTest {
  NoAntiAffinityRuleTest() {
    super(NoAntiAffinityRule.class);
  }
}
