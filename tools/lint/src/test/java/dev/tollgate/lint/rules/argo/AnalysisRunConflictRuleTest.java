package dev.tollgate.lint.rules.argo;

import dev.tollgate.lint.testing.RuleFixtureTest;

class AnalysisRunConflictRuleTest extends RuleFixtureTest {
  AnalysisRunConflictRuleTest() {
    super(AnalysisRunConflictRule.class);
  }
}
