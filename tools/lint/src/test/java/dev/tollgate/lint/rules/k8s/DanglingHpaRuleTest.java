package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class DanglingHpaRuleTest extends RuleFixtureTest {
  DanglingHpaRuleTest() {
    super(DanglingHpaRule.class);
  }
}
