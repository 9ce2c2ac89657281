package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class UnsafeSysctlsRuleTest extends RuleFixtureTest {
  UnsafeSysctlsRuleTest() {
    super(UnsafeSysctlsRule.class);
  }
}
