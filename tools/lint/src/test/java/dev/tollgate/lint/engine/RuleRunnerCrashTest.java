package dev.tollgate.lint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Severity;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.config.LintConfig;
import dev.tollgate.lint.testing.RuleFixtureTest;
import dev.tollgate.lint.testing.TestWorkspace;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A rule that throws is reported at the object it threw on; the other rules still run. */
class RuleRunnerCrashTest {
  @RuleInfo(
      id = "k8s-test-crash",
      severity = Severity.ERROR,
      summary = "Crashes.",
      remediation = "None.")
  static final class CrashingRule extends ObjectRule {
    @Override
    protected Set<String> kinds() {
      return Set.of("Service");
    }

    @Override
    protected void check(KubeObject object, Workspace workspace, Findings findings) {
      throw new IllegalArgumentException("boom");
    }
  }

  @RuleInfo(
      id = "k8s-test-every",
      severity = Severity.WARNING,
      summary = "Reports.",
      remediation = "None.")
  static final class EveryObjectRule extends ObjectRule {
    @Override
    protected Set<String> kinds() {
      return Set.of();
    }

    @Override
    protected void check(KubeObject object, Workspace workspace, Findings findings) {
      findings.report(object, object.root(), "seen " + object.displayName());
    }
  }

  private final Workspace workspace =
      TestWorkspace.of(
          "s.yaml",
          """
          apiVersion: v1
          kind: ConfigMap
          metadata: {name: c}
          ---
          apiVersion: v1
          kind: Service
          metadata: {name: s}
          """);

  @Test
  void crashBecomesAnInternalErrorAtTheObjectAndOtherRulesStillRun() {
    RuleRunner runner =
        new RuleRunner(
            List.of(new CrashingRule(), new EveryObjectRule()),
            new Policy(LintConfig.defaults(), Set.of()));
    List<Diagnostic> found = runner.run(workspace);
    assertThat(found)
        .extracting(Diagnostic::message)
        .containsExactly("seen ConfigMap/c", "seen Service/s");
    assertThat(runner.crashes())
        .extracting(Diagnostic::render)
        .singleElement()
        .satisfies(
            r ->
                assertThat(r)
                    .startsWith(
                        "s.yaml:5:1: error: rule k8s-test-crash crashed:"
                            + " java.lang.IllegalArgumentException: boom [internal-error]"));
  }

  @Test
  void theFixtureHarnessFailsOnACrash() {
    assertThatThrownBy(() -> RuleFixtureTest.findings(new CrashingRule(), workspace))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rule k8s-test-crash crashed");
  }
}
