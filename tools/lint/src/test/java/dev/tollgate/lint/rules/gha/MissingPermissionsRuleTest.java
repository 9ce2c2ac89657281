package dev.tollgate.lint.rules.gha;

import dev.tollgate.lint.testing.RuleFixtureTest;

class MissingPermissionsRuleTest extends RuleFixtureTest {
  MissingPermissionsRuleTest() {
    super(MissingPermissionsRule.class);
  }
}
