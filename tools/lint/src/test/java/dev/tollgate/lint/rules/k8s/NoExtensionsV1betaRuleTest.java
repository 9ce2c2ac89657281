package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class NoExtensionsV1betaRuleTest extends RuleFixtureTest {
  NoExtensionsV1betaRuleTest() {
    super(NoExtensionsV1betaRule.class);
  }
}
