package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class PrivilegedContainerRuleTest extends RuleFixtureTest {
  PrivilegedContainerRuleTest() {
    super(PrivilegedContainerRule.class);
  }
}
