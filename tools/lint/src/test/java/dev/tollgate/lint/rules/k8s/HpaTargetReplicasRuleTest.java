package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class HpaTargetReplicasRuleTest extends RuleFixtureTest {
  HpaTargetReplicasRuleTest() {
    super(HpaTargetReplicasRule.class);
  }
}
