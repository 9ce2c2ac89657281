package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class SshPortRuleTest extends RuleFixtureTest {
  SshPortRuleTest() {
    super(SshPortRule.class);
  }
}
