package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class LivenessPortRuleTest extends RuleFixtureTest {
  LivenessPortRuleTest() {
    super(LivenessPortRule.class);
  }
}
