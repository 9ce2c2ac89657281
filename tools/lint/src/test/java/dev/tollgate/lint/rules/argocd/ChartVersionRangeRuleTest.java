package dev.tollgate.lint.rules.argocd;

import dev.tollgate.lint.testing.RuleFixtureTest;

class ChartVersionRangeRuleTest extends RuleFixtureTest {
  ChartVersionRangeRuleTest() {
    super(ChartVersionRangeRule.class);
  }
}
