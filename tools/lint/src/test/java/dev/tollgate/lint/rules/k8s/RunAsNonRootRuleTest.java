package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class RunAsNonRootRuleTest extends RuleFixtureTest {
  RunAsNonRootRuleTest() {
    super(RunAsNonRootRule.class);
  }
}
