package dev.tollgate.lint.rules.argocd;

import dev.tollgate.lint.testing.RuleFixtureTest;

class ProjectDeniesDestinationRuleTest extends RuleFixtureTest {
  ProjectDeniesDestinationRuleTest() {
    super(ProjectDeniesDestinationRule.class);
  }
}
