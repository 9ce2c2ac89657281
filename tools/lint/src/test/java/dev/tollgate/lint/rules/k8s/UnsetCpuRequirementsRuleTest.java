package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class UnsetCpuRequirementsRuleTest extends RuleFixtureTest {
  UnsetCpuRequirementsRuleTest() {
    super(UnsetCpuRequirementsRule.class);
  }
}
