package dev.tollgate.lint.rules.argo;

import dev.tollgate.lint.testing.RuleFixtureTest;

class MissingAnalysisArgRuleTest extends RuleFixtureTest {
  MissingAnalysisArgRuleTest() {
    super(MissingAnalysisArgRule.class);
  }
}
