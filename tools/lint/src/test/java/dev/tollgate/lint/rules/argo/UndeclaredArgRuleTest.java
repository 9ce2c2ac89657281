package dev.tollgate.lint.rules.argo;

import dev.tollgate.lint.testing.RuleFixtureTest;

class UndeclaredArgRuleTest extends RuleFixtureTest {
  UndeclaredArgRuleTest() {
    super(UndeclaredArgRule.class);
  }
}
