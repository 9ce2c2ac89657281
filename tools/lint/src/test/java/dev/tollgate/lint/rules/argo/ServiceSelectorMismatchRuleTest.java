package dev.tollgate.lint.rules.argo;

import dev.tollgate.lint.testing.RuleFixtureTest;

class ServiceSelectorMismatchRuleTest extends RuleFixtureTest {
  ServiceSelectorMismatchRuleTest() {
    super(ServiceSelectorMismatchRule.class);
  }
}
