package dev.tollgate.lint.repo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every kustomization Argo CD would build renders with the real {@code kubectl kustomize}, and the
 * rendered overlays and cluster roots contain what the rest of the repository relies on.
 */
class KustomizeBuildTest {

  private static final Path ROOT = RepoLayout.root();

  @TestFactory
  Stream<DynamicTest> everyKustomizationBuildsWithKubectl() {
    List<Path> dirs = RepoLayout.kustomizationDirs(ROOT);
    assertThat(dirs)
        .as("kustomization folders under apps/, clusters/, platform/")
        .extracting(d -> ROOT.relativize(d).toString())
        .contains(
            "apps/demo-app/base",
            "apps/demo-app/overlays/kind",
            "apps/demo-app/overlays/eks",
            "clusters/kind",
            "clusters/eks");
    return dirs.stream()
        .map(
            dir ->
                DynamicTest.dynamicTest(
                    ROOT.relativize(dir).toString(),
                    () -> {
                      List<YNode> objects = Kustomize.render(dir);
                      assertThat(objects).as("objects rendered from %s", dir).isNotEmpty();
                      for (YNode object : objects) {
                        assertThat(object.text("kind"))
                            .as("kind of an object in %s", dir)
                            .isPresent();
                        assertThat(object.text("metadata", "name"))
                            .as("name of an object in %s", dir)
                            .isPresent();
                      }
                    }));
  }

  @Test
  void kindOverlayRoutesTheCanaryThroughNginx() throws Exception {
    YNode rollout =
        single(Kustomize.render(ROOT.resolve("apps/demo-app/overlays/kind")), "Rollout");
    assertThat(
            rollout.text("spec", "strategy", "canary", "trafficRouting", "nginx", "stableIngress"))
        .contains("demo-app");
    assertThat(rollout.get("spec", "strategy", "canary", "trafficRouting", "alb")).isEmpty();
  }

  @Test
  void eksOverlayRoutesTheCanaryThroughTheAlbIngress() throws Exception {
    List<YNode> objects = Kustomize.render(ROOT.resolve("apps/demo-app/overlays/eks"));
    YNode rollout = single(objects, "Rollout");
    assertThat(rollout.text("spec", "strategy", "canary", "trafficRouting", "alb", "ingress"))
        .contains("demo-app");
    YNode ingress = single(objects, "Ingress");
    assertThat(ingress.text("spec", "ingressClassName")).contains("alb");
    assertThat(
            ingress.text(
                "spec", "rules", "0", "http", "paths", "0", "backend", "service", "port", "name"))
        .as("ALB canaries need the use-annotation backend that Argo Rollouts fills in")
        .contains("use-annotation");
  }

  @Test
  void overlaysPinTheImageAndLeaveReplicasToTheAutoscaler() throws Exception {
    for (String overlay : List.of("kind", "eks")) {
      Path dir = ROOT.resolve("apps/demo-app/overlays/" + overlay);
      String newTag =
          YTrees.documents(new YamlLoader().load(dir.resolve("kustomization.yaml"), overlay))
              .get(0)
              .text("images", "0", "newTag")
              .orElseThrow();
      YNode rollout = single(Kustomize.render(dir), "Rollout");
      YNode container = rollout.get("spec", "template", "spec", "containers", "0").orElseThrow();
      assertThat(container.text("image"))
          .as("%s: the overlay's newTag (what release.yml bumps) must reach the image", overlay)
          .contains("ghcr.io/tollgate-dev/demo-app:" + newTag);
      assertThat(newTag).matches("\\d+\\.\\d+\\.\\d+");
      String appVersion =
          container.items("env").stream()
              .filter(e -> e.text("name").equals(Optional.of("APP_VERSION")))
              .map(e -> e.text("value").orElse(""))
              .findFirst()
              .orElse("");
      assertThat(appVersion).as("%s: APP_VERSION follows the image tag", overlay).isEqualTo(newTag);
      assertThat(rollout.get("spec", "replicas")).as(overlay + ": the HPA owns replicas").isEmpty();
    }
  }

  @Test
  void clusterRootsDeclareTheirPlatformAndTheDemoAppInWaves() throws Exception {
    Map<String, List<String>> expected =
        Map.of(
            "kind", List.of("ingress-nginx"),
            "eks", List.of("aws-load-balancer-controller"));
    for (var entry : expected.entrySet()) {
      List<YNode> objects = Kustomize.render(ROOT.resolve("clusters/" + entry.getKey()));
      List<String> apps = namesOf(objects, "Application");
      assertThat(apps)
          .as("Applications of clusters/%s", entry.getKey())
          .contains(
              "root",
              "argocd",
              "argo-rollouts",
              "kube-prometheus-stack",
              "metrics-server",
              "loki",
              "alloy",
              "tempo",
              "flipt",
              "demo-app")
          .containsAll(entry.getValue());
      assertThat(namesOf(objects, "AppProject")).containsExactlyInAnyOrder("platform", "apps");
      int crds = wave(objects, "kube-prometheus-stack");
      assertThat(wave(objects, "argo-rollouts")).isGreaterThan(crds);
      assertThat(wave(objects, "demo-app")).isGreaterThan(wave(objects, "argo-rollouts"));
      YNode demo = named(objects, "Application", "demo-app");
      assertThat(demo.text("spec", "source", "path"))
          .contains("apps/demo-app/overlays/" + entry.getKey());
      assertThat(demo.text("spec", "project")).contains("apps");
    }
  }

  private static int wave(List<YNode> objects, String application) {
    YNode app = named(objects, "Application", application);
    return Integer.parseInt(
        app.text("metadata", "annotations", "argocd.argoproj.io/sync-wave").orElse("0"));
  }

  private static YNode named(List<YNode> objects, String kind, String name) {
    return objects.stream()
        .filter(o -> o.text("kind").equals(Optional.of(kind)))
        .filter(o -> o.text("metadata", "name").equals(Optional.of(name)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
  }

  private static List<String> namesOf(List<YNode> objects, String kind) {
    return objects.stream()
        .filter(o -> o.text("kind").equals(Optional.of(kind)))
        .map(o -> o.text("metadata", "name").orElse(""))
        .toList();
  }

  private static YNode single(List<YNode> objects, String kind) {
    List<YNode> matches =
        objects.stream().filter(o -> o.text("kind").equals(Optional.of(kind))).toList();
    assertThat(matches).as("rendered %s objects", kind).hasSize(1);
    return matches.get(0);
  }
}
