package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class HostNetworkRuleTest extends RuleFixtureTest {
  HostNetworkRuleTest() {
    super(HostNetworkRule.class);
  }
}
