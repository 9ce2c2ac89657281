package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class HostPidRuleTest extends RuleFixtureTest {
  HostPidRuleTest() {
    super(HostPidRule.class);
  }
}
