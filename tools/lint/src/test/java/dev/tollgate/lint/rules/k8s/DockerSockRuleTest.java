package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class DockerSockRuleTest extends RuleFixtureTest {
  DockerSockRuleTest() {
    super(DockerSockRule.class);
  }
}
