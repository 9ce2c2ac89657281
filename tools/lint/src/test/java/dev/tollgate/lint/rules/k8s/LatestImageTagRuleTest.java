package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class LatestImageTagRuleTest extends RuleFixtureTest {
  LatestImageTagRuleTest() {
    super(LatestImageTagRule.class);
  }
}
