package dev.tollgate.lint.rules.argocd;

import dev.tollgate.lint.testing.RuleFixtureTest;

class CreateNamespaceConflictRuleTest extends RuleFixtureTest {
  CreateNamespaceConflictRuleTest() {
    super(CreateNamespaceConflictRule.class);
  }
}
