package dev.tollgate.lint.rules.grafana;

import dev.tollgate.lint.testing.RuleFixtureTest;

class DuplicateUidRuleTest extends RuleFixtureTest {
  DuplicateUidRuleTest() {
    super(DuplicateUidRule.class);
  }
}
