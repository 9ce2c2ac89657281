package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class DropNetRawCapabilityRuleTest extends RuleFixtureTest {
  DropNetRawCapabilityRuleTest() {
    super(DropNetRawCapabilityRule.class);
  }
}
