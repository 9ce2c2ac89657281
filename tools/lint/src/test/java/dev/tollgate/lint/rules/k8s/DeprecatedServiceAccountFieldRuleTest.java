package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class DeprecatedServiceAccountFieldRuleTest extends RuleFixtureTest {
  DeprecatedServiceAccountFieldRuleTest() {
    super(DeprecatedServiceAccountFieldRule.class);
  }
}
