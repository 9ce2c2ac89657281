package dev.tollgate.analysis.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.analysis.ExprConditions;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example analysis tests shipped as fixtures all pass, on the real engines. */
class ExampleTestFilesTest {

  static Path resource(String name) {
    try {
      return Path.of(ExampleTestFilesTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<TestOutcome> run(String name) {
    AnalysisTestFile file = AnalysisTestLoader.load(resource(name), name);
    return new AnalysisTestRunner(ExprConditions::new).run(file);
  }

  private static void assertAllPass(List<TestOutcome> outcomes) {
    for (TestOutcome outcome : outcomes) {
      assertThat(outcome.failures())
          .as(outcome.name() + "\n" + String.join("\n", outcome.timeline()))
          .isEmpty();
    }
  }

  @Test
  void errorRateExamplesPass() {
    List<TestOutcome> outcomes = run("tests/error-rate.test.yaml");
    assertThat(outcomes).hasSize(4);
    assertAllPass(outcomes);
  }

  @Test
  void latencyExamplesPass() {
    List<TestOutcome> outcomes = run("tests/p99-latency.test.yaml");
    assertThat(outcomes).hasSize(2);
    assertAllPass(outcomes);
  }

  @Test
  void rolloutExamplesPass() {
    List<TestOutcome> outcomes = run("tests/demo-app-rollout.test.yaml");
    assertThat(outcomes).hasSize(2);
    assertAllPass(outcomes);
  }

  @Test
  void backgroundAnalysisExamplesPass() {
    List<TestOutcome> outcomes = run("tests/demo-app-background.test.yaml");
    assertThat(outcomes).hasSize(3);
    assertAllPass(outcomes);
  }
}
