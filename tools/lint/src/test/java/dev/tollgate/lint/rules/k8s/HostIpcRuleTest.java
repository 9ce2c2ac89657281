package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class HostIpcRuleTest extends RuleFixtureTest {
  HostIpcRuleTest() {
    super(HostIpcRule.class);
  }
}
