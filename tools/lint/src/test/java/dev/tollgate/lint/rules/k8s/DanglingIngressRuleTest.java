package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class DanglingIngressRuleTest extends RuleFixtureTest {
  DanglingIngressRuleTest() {
    super(DanglingIngressRule.class);
  }
}
