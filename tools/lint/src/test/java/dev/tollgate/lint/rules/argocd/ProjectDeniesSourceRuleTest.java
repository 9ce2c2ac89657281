package dev.tollgate.lint.rules.argocd;

import dev.tollgate.lint.testing.RuleFixtureTest;

class ProjectDeniesSourceRuleTest extends RuleFixtureTest {
  ProjectDeniesSourceRuleTest() {
    super(ProjectDeniesSourceRule.class);
  }
}
