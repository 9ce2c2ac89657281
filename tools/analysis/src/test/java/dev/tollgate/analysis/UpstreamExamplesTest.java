package dev.tollgate.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tollgate.analysis.rollout.RolloutLoader;
import dev.tollgate.analysis.rollout.RolloutSpec;
import dev.tollgate.analysis.template.AnalysisTemplate;
import dev.tollgate.analysis.template.TemplateLoader;
import dev.tollgate.core.InputException;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Argo Rollouts v1.9.1's own examples (read from shared/conformance, never copied) load. */
class UpstreamExamplesTest {

  private static List<Path> examples() throws IOException {
    Path root = Path.of(System.getProperty("tollgate.root", "../.."));
    Path dir = root.resolve("../shared/conformance/argo-rollouts/examples").normalize();
    assumeTrue(Files.isDirectory(dir), "upstream examples not present at " + dir);
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void everyUpstreamTemplateAndCanaryRolloutLoads() throws IOException {
    List<String> templates = new ArrayList<>();
    List<String> rollouts = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (Path file : examples()) {
      List<YNode> docs =
          YTrees.documents(new YamlLoader().load(file, file.getFileName().toString()));
      for (AnalysisTemplate t : TemplateLoader.fromDocuments(docs)) {
        templates.add(t.name());
      }
      boolean canary =
          docs.stream()
              .anyMatch(
                  d ->
                      d.text("kind").orElse("").equals("Rollout")
                          && d.get("spec", "strategy", "canary").isPresent());
      if (!canary) {
        continue;
      }
      try {
        RolloutSpec spec = RolloutLoader.fromDocuments(docs, file.toString());
        rollouts.add(spec.name() + ":" + spec.steps().size());
      } catch (InputException e) {
        // the only canary feature the simulator refuses is an experiment step
        assertThat(e.diagnostic().message()).contains("experiment steps");
        refused.add(file.getFileName().toString());
      }
    }
    assertThat(templates).contains("pass", "random-fail", "always-pass");
    assertThat(rollouts).isNotEmpty();
    assertThat(refused)
        .containsExactly("rollout-baseline-vs-canary.yaml", "rollout-experiment-step.yaml");
  }
}
