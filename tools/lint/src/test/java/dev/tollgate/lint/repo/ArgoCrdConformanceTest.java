package dev.tollgate.lint.repo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo-app's Rollout and AnalysisTemplates, as each overlay renders them, are valid against the
 * Argo Rollouts v1.9.1 CRDs in shared/conformance (the schema the API server enforces).
 */
class ArgoCrdConformanceTest {

  private static final Path ROOT = RepoLayout.root();
  private static final Path CRDS =
      ROOT.resolve("../shared/conformance/argo-rollouts/crds").normalize();
  private static final Map<String, CrdSchema> SCHEMAS = new HashMap<>();

  @BeforeAll
  static void loadCrds() {
    Assumptions.assumeTrue(
        Files.isDirectory(CRDS),
        "Argo Rollouts CRDs not found at " + CRDS + " (shared/conformance)");
    for (String file : List.of("rollout-crd.yaml", "analysis-template-crd.yaml")) {
      YNode crd =
          YTrees.documents(new YamlLoader().load(CRDS.resolve(file), "conformance/" + file)).get(0);
      String kind = crd.text("spec", "names", "kind").orElseThrow();
      Object schema =
          crd.get("spec", "versions", "0", "schema", "openAPIV3Schema").orElseThrow().toJava();
      SCHEMAS.put(kind, new CrdSchema(CrdSchema.map(schema)));
    }
  }

  @Test
  void kindAndEksOverlaysRenderValidRolloutsAndAnalysisTemplates() throws Exception {
    for (String overlay : List.of("kind", "eks")) {
      List<YNode> objects = Kustomize.render(ROOT.resolve("apps/demo-app/overlays/" + overlay));
      int checked = 0;
      for (YNode object : objects) {
        CrdSchema schema = SCHEMAS.get(object.text("kind").orElse(""));
        if (schema != null) {
          assertThat(schema.validate(object.toJava()))
              .as(
                  "%s: %s %s",
                  overlay,
                  object.text("kind").orElse(""),
                  object.text("metadata", "name").orElse(""))
              .isEmpty();
          checked++;
        }
      }
      // one Rollout and three AnalysisTemplates (error-rate, latency-p99, smoke-judge)
      assertThat(checked).as("%s: custom resources checked", overlay).isEqualTo(4);
    }
  }

  @Test
  void theSchemaCheckRejectsWhatTheApiServerWouldReject() {
    CrdSchema rollout = SCHEMAS.get("Rollout");
    Map<String, Object> typo =
        Map.of(
            "apiVersion",
            "argoproj.io/v1alpha1",
            "kind",
            "Rollout",
            "metadata",
            Map.of("name", "x"),
            "spec",
            Map.of(
                "strategy", Map.of("canary", Map.of("steps", List.of(Map.of("setWieght", 10L))))));
    assertThat(rollout.validate(typo))
        .containsExactly(".spec.strategy.canary.steps[0].setWieght: unknown field");

    Map<String, Object> wrongType =
        Map.of(
            "kind",
            "Rollout",
            "spec",
            Map.of(
                "strategy",
                Map.of(
                    "canary",
                    Map.of("steps", List.of(Map.of("pause", Map.of("duration", true)))))));
    assertThat(rollout.validate(wrongType))
        .containsExactly(
            ".spec.strategy.canary.steps[0].pause.duration: expected an integer or a string, got Boolean true");
  }
}
