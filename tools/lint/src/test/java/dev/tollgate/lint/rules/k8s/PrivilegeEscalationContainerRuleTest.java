package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class PrivilegeEscalationContainerRuleTest extends RuleFixtureTest {
  PrivilegeEscalationContainerRuleTest() {
    super(PrivilegeEscalationContainerRule.class);
  }
}
