package dev.tollgate.lint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.testing.TestWorkspace;
import org.junit.jupiter.api.Test;

class LintWorkspaceTest {
  private static final String YAML =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: demo}
      spec:
        template:
          spec:
            containers: [{name: app, image: web:1}]
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: other}
      spec: {}
      ---
      # a document without apiVersion/kind is not an object
      groups: []
      ---
      apiVersion: argoproj.io/v1alpha1
      kind: Rollout
      metadata: {name: web, namespace: demo}
      spec:
        workloadRef: {apiVersion: apps/v1, kind: Deployment, name: web}
      """;

  private final Workspace workspace = TestWorkspace.of("all.yaml", YAML);

  @Test
  void objectsAreDocumentsWithApiVersionAndKind() {
    assertThat(workspace.objects()).extracting(KubeObject::documentIndex).containsExactly(0, 1, 3);
    assertThat(workspace.files().get(0).documents()).hasSize(4);
  }

  @Test
  void findMatchesKindNameAndNamespace() {
    assertThat(workspace.find("Deployment", "demo", "web")).hasSize(1);
    assertThat(workspace.find("Deployment", "", "web")).hasSize(2);
    assertThat(workspace.find("Deployment", "demo", "api")).isEmpty();
    assertThat(workspace.find("Service", "demo", "web")).isEmpty();
  }

  @Test
  void rolloutWithWorkloadRefRunsTheReferencedPodSpec() {
    KubeObject rollout = workspace.objects().get(2);
    assertThat(workspace.podSpecOf(rollout))
        .hasValueSatisfying(spec -> assertThat(spec.position().line()).isEqualTo(7));
  }

  @Test
  void kustomizePatchFilesAreFragmentsNotObjects() {
    Workspace overlay =
        TestWorkspace.builder()
            .yaml(
                "overlays/kind/kustomization.yaml",
                """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [../../base]
                patches:
                  - path: rollout-patch.yaml
                patchesStrategicMerge:
                  - ../common/replicas.yaml
                """)
            .yaml(
                "overlays/kind/rollout-patch.yaml",
                "apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: web}\n")
            .yaml(
                "overlays/common/replicas.yaml",
                "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {replicas: 2}\n")
            .yaml("base/service.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: web}\n")
            .build();
    assertThat(overlay.objects())
        .extracting(KubeObject::displayName)
        .containsExactly("Kustomization/", "Service/web");
  }
}
