package dev.tollgate.lint.rules.k8s;

import dev.tollgate.lint.testing.RuleFixtureTest;

class JobTtlSecondsAfterFinishedRuleTest extends RuleFixtureTest {
  JobTtlSecondsAfterFinishedRuleTest() {
    super(JobTtlSecondsAfterFinishedRule.class);
  }
}
