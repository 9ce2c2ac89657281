package dev.tollgate.lint.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Severity;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.testing.FixtureExpectations.Expectation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The harness itself: markers parse, and missing, unexpected and wrong-rule findings fail. */
class RuleFixtureHarnessTest {

  @RuleInfo(
      id = "k8s-test-no-foo-key",
      severity = Severity.ERROR,
      summary = "ConfigMaps must not have a foo key.",
      remediation = "Rename the key.")
  static final class NoFooKeyRule extends ObjectRule {
    @Override
    protected Set<String> kinds() {
      return Set.of("ConfigMap");
    }

    @Override
    protected void check(KubeObject object, Workspace workspace, Findings findings) {
      object
          .root()
          .map("data")
          .ifPresent(
              data -> {
                YNode foo = data.child("foo");
                if (foo != null) {
                  findings.report(object, foo, "key \"foo\" in " + object.displayName());
                }
              });
    }
  }

  private static final String FIXTURE =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: fire}
      data:
        # expect: k8s-test-no-foo-key @8 key "foo" in ConfigMap/fire

        foo: bar
        bar: foo
      """;

  @Test
  void markersApplyToTheNextYamlLine() {
    assertThat(FixtureExpectations.parse(FIXTURE))
        .containsExactly(
            new Expectation(5, 7, "k8s-test-no-foo-key", 8, "key \"foo\" in ConfigMap/fire"));
  }

  @Test
  void aDanglingMarkerIsRejected() {
    assertThatThrownBy(() -> FixtureExpectations.parse("a: 1\n# expect: x-y nothing\n"))
        .hasMessageContaining("line 2");
  }

  @Test
  void matchingFindingsLeaveNoProblems() {
    List<Diagnostic> found =
        RuleFixtureTest.findings(new NoFooKeyRule(), TestWorkspace.of("f.yaml", FIXTURE));
    assertThat(found)
        .extracting(d -> d.position().line() + ":" + d.position().column())
        .containsExactly("7:8");
    assertThat(
            RuleFixtureTest.problems(
                FixtureExpectations.parse(FIXTURE), found, "k8s-test-no-foo-key"))
        .isEmpty();
  }

  @Test
  void missingUnexpectedAndWrongRuleFindingsAreProblems() {
    List<Diagnostic> found =
        RuleFixtureTest.findings(new NoFooKeyRule(), TestWorkspace.of("f.yaml", FIXTURE));
    String wrongColumn = FIXTURE.replace("@8", "@9");
    assertThat(
            RuleFixtureTest.problems(
                FixtureExpectations.parse(wrongColumn), found, "k8s-test-no-foo-key"))
        .hasSize(2)
        .anySatisfy(p -> assertThat(p).startsWith("missing finding: line 7:9"))
        .anySatisfy(p -> assertThat(p).startsWith("unexpected finding: f.yaml:7:8: error:"));
    String otherRule = FIXTURE.replace("expect: k8s-test-no-foo-key", "expect: k8s-other");
    assertThat(
            RuleFixtureTest.problems(
                FixtureExpectations.parse(otherRule), found, "k8s-test-no-foo-key"))
        .anySatisfy(p -> assertThat(p).startsWith("marker names another rule"));
  }

  @Test
  void ignoreAnnotationsApplyInTheHarnessAsInARealRun() {
    String ignored =
        FIXTURE.replace(
            "metadata: {name: fire}",
            "metadata:\n  name: fire\n  annotations:\n    tollgate.dev/ignore: k8s-test-no-foo-key\n"
                + "    tollgate.dev/ignore-reason: test");
    assertThat(RuleFixtureTest.findings(new NoFooKeyRule(), TestWorkspace.of("f.yaml", ignored)))
        .isEmpty();
  }
}
