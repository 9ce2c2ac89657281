package dev.tollgate.lint.api;

import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One Kubernetes object: a YAML document with {@code apiVersion} and {@code kind}.
 *
 * @param path the file, as printed in messages
 * @param documentIndex 0-based index of the document in its file
 */
public record KubeObject(String path, int documentIndex, YMap root) {

  public String apiVersion() {
    return root.text("apiVersion").orElse("");
  }

  /** The API group: {@code apps} for {@code apps/v1}, empty for the core group. */
  public String group() {
    String apiVersion = apiVersion();
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  public String kind() {
    return root.text("kind").orElse("");
  }

  public String name() {
    return root.text("metadata", "name").orElse("");
  }

  /**
   * The namespace written in the object; empty when it is cluster-scoped or left to
   * kubectl/kustomize.
   */
  public String namespace() {
    return root.text("metadata", "namespace").orElse("");
  }

  public Map<String, String> labels() {
    return stringMap("metadata", "labels");
  }

  public Map<String, String> annotations() {
    return stringMap("metadata", "annotations");
  }

  public Position position() {
    return root.position();
  }

  /** {@code Kind/name} as it appears in messages, e.g. {@code Rollout/demo-app}. */
  public String displayName() {
    return kind() + "/" + name();
  }

  /**
   * The pod spec of a workload: Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, Rollout
   * ({@code spec.template.spec}), CronJob ({@code spec.jobTemplate.spec.template.spec}), Pod
   * ({@code spec}). A Rollout with {@code workloadRef} has none of its own; see {@link
   * Workspace#podSpecOf(KubeObject)}.
   */
  public Optional<YMap> ownPodSpec() {
    return switch (kind()) {
      case "Pod" -> root.map("spec");
      case "CronJob" -> root.map("spec", "jobTemplate", "spec", "template", "spec");
      case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "Rollout" ->
          root.map("spec", "template", "spec");
      default -> Optional.empty();
    };
  }

  private Map<String, String> stringMap(String... path) {
    Map<String, String> out = new LinkedHashMap<>();
    root.map(path)
        .ifPresent(
            m ->
                m.entries()
                    .forEach(
                        (k, e) -> {
                          if (e.value() instanceof YNode.YScalar s) {
                            out.put(k, s.text());
                          }
                        }));
    return out;
  }
}
