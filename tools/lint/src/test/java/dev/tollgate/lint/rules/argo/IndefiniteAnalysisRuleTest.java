package dev.tollgate.lint.rules.argo;

import dev.tollgate.lint.testing.RuleFixtureTest;

class IndefiniteAnalysisRuleTest extends RuleFixtureTest {
  IndefiniteAnalysisRuleTest() {
    super(IndefiniteAnalysisRule.class);
  }
}
