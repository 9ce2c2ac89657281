package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class UnsetMemoryRequirementsRuleTest extends RuleFixtureTest {
  UnsetMemoryRequirementsRuleTest() {
    super(UnsetMemoryRequirementsRule.class);
  }
}
