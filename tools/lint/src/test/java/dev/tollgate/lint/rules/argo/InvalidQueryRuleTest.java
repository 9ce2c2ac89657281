package dev.tollgate.lint.rules.argo;

import dev.tollgate.lint.testing.RuleFixtureTest;

class InvalidQueryRuleTest extends RuleFixtureTest {
  InvalidQueryRuleTest() {
    super(InvalidQueryRule.class);
  }
}
