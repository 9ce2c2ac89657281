package dev.tollgate.lint.rules.argo;

import dev.tollgate.lint.testing.RuleFixtureTest;

class MetricWithoutConditionRuleTest extends RuleFixtureTest {
  MetricWithoutConditionRuleTest() {
    super(MetricWithoutConditionRule.class);
  }
}
