package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class DuplicateEnvVarRuleTest extends RuleFixtureTest {
  DuplicateEnvVarRuleTest() {
    super(DuplicateEnvVarRule.class);
  }
}
