package dev.tollgate.lint.rules.grafana;

import dev.tollgate.lint.testing.RuleFixtureTest;

class InvalidQueryRuleTest extends RuleFixtureTest {
  InvalidQueryRuleTest() {
    super(InvalidQueryRule.class);
  }
}
