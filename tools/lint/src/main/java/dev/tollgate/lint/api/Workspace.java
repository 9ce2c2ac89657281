package dev.tollgate.lint.api;

import dev.tollgate.core.yaml.YNode.YMap;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Everything one run sees: the root, every file read, every Kubernetes object in them. */
public interface Workspace {

  Path root();

  List<SourceFile> files();

  List<KubeObject> objects();

  /** Objects of {@code kind} named {@code name}; namespace empty matches any namespace. */
  List<KubeObject> find(String kind, String namespace, String name);

  /** The date lifecycle rules judge against ({@code today} in config, else the clock). */
  LocalDate today();

  /** The target Kubernetes minor version, e.g. "1.31". */
  String kubernetesVersion();

  /**
   * The pod spec a workload runs: its own, or for a Rollout with {@code workloadRef} the referenced
   * Deployment's (or ReplicaSet's) template spec.
   */
  default Optional<YMap> podSpecOf(KubeObject workload) {
    Optional<YMap> own = workload.ownPodSpec();
    if (own.isPresent() || !"Rollout".equals(workload.kind())) {
      return own;
    }
    String refKind = workload.root().text("spec", "workloadRef", "kind").orElse("Deployment");
    return workload
        .root()
        .text("spec", "workloadRef", "name")
        .flatMap(
            name ->
                find(refKind, workload.namespace(), name).stream()
                    .findFirst()
                    .flatMap(KubeObject::ownPodSpec));
  }
}
