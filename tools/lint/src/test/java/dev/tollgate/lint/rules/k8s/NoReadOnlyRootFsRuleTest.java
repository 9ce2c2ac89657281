package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class NoReadOnlyRootFsRuleTest extends RuleFixtureTest {
  NoReadOnlyRootFsRuleTest() {
    super(NoReadOnlyRootFsRule.class);
  }
}
