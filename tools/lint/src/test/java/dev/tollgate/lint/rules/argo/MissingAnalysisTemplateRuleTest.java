package dev.tollgate.lint.rules.argo;

import dev.tollgate.lint.testing.RuleFixtureTest;

class MissingAnalysisTemplateRuleTest extends RuleFixtureTest {
  MissingAnalysisTemplateRuleTest() {
    super(MissingAnalysisTemplateRule.class);
  }
}
