package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class PdbUnhealthyPodEvictionPolicyRuleTest extends RuleFixtureTest {
  PdbUnhealthyPodEvictionPolicyRuleTest() {
    super(PdbUnhealthyPodEvictionPolicyRule.class);
  }
}
