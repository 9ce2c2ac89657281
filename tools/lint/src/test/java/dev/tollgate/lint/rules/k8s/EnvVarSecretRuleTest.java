package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class EnvVarSecretRuleTest extends RuleFixtureTest {
  EnvVarSecretRuleTest() {
    super(EnvVarSecretRule.class);
  }
}
