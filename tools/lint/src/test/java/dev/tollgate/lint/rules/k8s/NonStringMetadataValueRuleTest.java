package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class NonStringMetadataValueRuleTest extends RuleFixtureTest {
  NonStringMetadataValueRuleTest() {
    super(NonStringMetadataValueRule.class);
  }
}
