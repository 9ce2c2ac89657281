package dev.tollgate.lint.rules.argo;

import dev.tollgate.lint.testing.RuleFixtureTest;

class InvalidMetricRuleTest extends RuleFixtureTest {
  InvalidMetricRuleTest() {
    super(InvalidMetricRule.class);
  }
}
