package dev.tollgate.lint.rules.argo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.lint.api.Rule;
import dev.tollgate.lint.testing.RuleFixtureTest;
import dev.tollgate.lint.testing.TestWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Argo Rollouts v1.9.1 examples (shared/conformance/argo-rollouts/examples) are valid for
 * Argo's own validation, so the rules that re-implement it must accept every one of them; and a
 * known-bad edit of one example must be caught.
 */
class UpstreamExamplesTest {

  private static final List<Rule> VALIDATION_RULES =
      List.of(
          new InvalidRolloutSpecRule(),
          new InvalidCanaryStepRule(),
          new InvalidMetricRule(),
          new InvalidConditionRule(),
          new InvalidQueryRule(),
          new UndeclaredArgRule(),
          new InvalidDryRunRule());

  @Test
  void upstreamExamplesPassArgoValidationRules() throws IOException {
    List<Path> examples = examples();
    TestWorkspace.Builder builder = TestWorkspace.builder();
    for (Path file : examples) {
      builder.yaml(file.getFileName().toString(), Files.readString(file));
    }
    var workspace = builder.build();
    assertThat(workspace.objects()).as("objects in the upstream examples").hasSizeGreaterThan(20);
    List<String> found = new ArrayList<>();
    for (Rule rule : VALIDATION_RULES) {
      RuleFixtureTest.findings(rule, workspace).forEach(d -> found.add(d.render()));
    }
    assertThat(found).isEmpty();
  }

  @Test
  void anOutOfRangeWeightInAnUpstreamExampleIsCaught() throws IOException {
    Path canary =
        examples().stream()
            .filter(p -> p.getFileName().toString().equals("rollout-canary.yaml"))
            .findFirst()
            .orElseThrow();
    String text = Files.readString(canary);
    assumeTrue(text.contains("setWeight: 20"), "rollout-canary.yaml has no setWeight: 20 step");
    String broken = text.replaceFirst("setWeight: 20", "setWeight: 120");
    List<Diagnostic> found =
        RuleFixtureTest.findings(
            new InvalidCanaryStepRule(), TestWorkspace.of("rollout-canary.yaml", broken));
    int line = (int) broken.substring(0, broken.indexOf("setWeight: 120")).lines().count();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).message()).contains("SetWeight needs to be between 0 and 100");
    assertThat(found.get(0).position().line()).isEqualTo(line);
  }

  private static List<Path> examples() throws IOException {
    String root = System.getProperty("tollgate.root", "");
    Path dir =
        Path.of(root.isEmpty() ? "." : root)
            .resolve("../shared/conformance/argo-rollouts/examples")
            .normalize();
    assumeTrue(Files.isDirectory(dir), "upstream examples not found at " + dir);
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
