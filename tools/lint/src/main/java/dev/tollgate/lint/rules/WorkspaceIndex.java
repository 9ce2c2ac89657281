package dev.tollgate.lint.rules;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lookups that cross objects (Service → workloads, PDB → workloads), built once per workspace so
 * cross-object rules stay linear. The last workspace is kept in a single slot: a run lints one
 * workspace with every rule, so that is the one asked for again.
 */
public final class WorkspaceIndex {

  /** Kinds whose objects run pods from a template. */
  public static final Set<String> WORKLOAD_KINDS =
      Set.of(
          "Pod",
          "Deployment",
          "StatefulSet",
          "DaemonSet",
          "ReplicaSet",
          "Job",
          "CronJob",
          "Rollout");

  /** A workload, its namespace and the labels its pods get. */
  public record Workload(KubeObject object, String namespace, Map<String, String> podLabels) {}

  private record Slot(Workspace workspace, WorkspaceIndex index) {}

  private static volatile Slot last;

  private final List<Workload> workloads = new ArrayList<>();
  private final Map<String, List<KubeObject>> byKind = new HashMap<>();
  private final Map<String, Map<String, List<KubeObject>>> byKindAndName = new HashMap<>();
  private final Map<String, List<Workload>> workloadsByLabel = new HashMap<>();
  private final Map<String, List<KubeObject>> servicesByLabel = new HashMap<>();

  private WorkspaceIndex(Workspace workspace) {
    for (KubeObject object : workspace.objects()) {
      String kind = object.kind();
      byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(object);
      byKindAndName
          .computeIfAbsent(kind, k -> new HashMap<>())
          .computeIfAbsent(object.name(), k -> new ArrayList<>())
          .add(object);
    }
    for (KubeObject service : byKind.getOrDefault("Service", List.of())) {
      service
          .labels()
          .forEach(
              (k, v) ->
                  servicesByLabel
                      .computeIfAbsent(k + "=" + v, x -> new ArrayList<>())
                      .add(service));
    }
    for (KubeObject object : workspace.objects()) {
      if (WORKLOAD_KINDS.contains(object.kind())) {
        Workload w = new Workload(object, object.namespace(), podLabels(workspace, object));
        workloads.add(w);
        w.podLabels()
            .forEach(
                (k, v) ->
                    workloadsByLabel.computeIfAbsent(k + "=" + v, x -> new ArrayList<>()).add(w));
      }
    }
  }

  public static WorkspaceIndex of(Workspace workspace) {
    Slot slot = last;
    if (slot != null && slot.workspace() == workspace) {
      return slot.index();
    }
    WorkspaceIndex index = new WorkspaceIndex(workspace);
    last = new Slot(workspace, index);
    return index;
  }

  public List<Workload> workloads() {
    return workloads;
  }

  public List<KubeObject> ofKind(String kind) {
    return byKind.getOrDefault(kind, List.of());
  }

  /**
   * Workloads whose pods carry every label of {@code selector}, in {@code namespace} (empty matches
   * any: objects often leave the namespace to kustomize or Argo CD).
   */
  public List<Workload> workloadsSelectedBy(Map<String, String> selector, String namespace) {
    List<Workload> out = new ArrayList<>();
    for (Workload w : candidates(selector)) {
      if (sameNamespace(namespace, w.namespace()) && Labels.subsetOf(selector, w.podLabels())) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * The workloads that could match {@code matchLabels}: those carrying its first pair, or every
   * workload when it is empty. Keeps selector lookups from scanning every workload.
   */
  public List<Workload> candidates(Map<String, String> matchLabels) {
    if (matchLabels.isEmpty()) {
      return workloads;
    }
    Map.Entry<String, String> first = matchLabels.entrySet().iterator().next();
    return workloadsByLabel.getOrDefault(first.getKey() + "=" + first.getValue(), List.of());
  }

  /**
   * The Services that could match {@code matchLabels}: those carrying its first pair, or every
   * Service when it is empty (a selector of matchExpressions only).
   */
  public List<KubeObject> serviceCandidates(Map<String, String> matchLabels) {
    if (matchLabels.isEmpty()) {
      return ofKind("Service");
    }
    Map.Entry<String, String> first = matchLabels.entrySet().iterator().next();
    return servicesByLabel.getOrDefault(first.getKey() + "=" + first.getValue(), List.of());
  }

  /** Namespaces match when equal or when either side leaves it unset. */
  public static boolean sameNamespace(String a, String b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }

  /** Objects of {@code kind} named {@code name} in a matching namespace. */
  public List<KubeObject> named(String kind, String namespace, String name) {
    List<KubeObject> sameName =
        byKindAndName.getOrDefault(kind, Map.of()).getOrDefault(name, List.of());
    List<KubeObject> out = new ArrayList<>(sameName.size());
    for (KubeObject o : sameName) {
      if (sameNamespace(namespace, o.namespace())) {
        out.add(o);
      }
    }
    return out;
  }

  /** The labels a workload's pods get; a workloadRef Rollout's come from the referenced object. */
  public static Map<String, String> podLabels(Workspace workspace, KubeObject workload) {
    return podTemplate(workspace, workload)
        .map(t -> Labels.of(t, "metadata", "labels"))
        .orElse(Map.of());
  }

  /** The pod template ({@code metadata} + {@code spec}); for a Pod, the object itself. */
  public static Optional<YMap> podTemplate(Workspace workspace, KubeObject workload) {
    YMap root = workload.root();
    switch (workload.kind()) {
      case "Pod" -> {
        return Optional.of(root);
      }
      case "CronJob" -> {
        return root.map("spec", "jobTemplate", "spec", "template");
      }
      case "Rollout" -> {
        if (root.get("spec", "workloadRef").isPresent()) {
          String refKind = root.text("spec", "workloadRef", "kind").orElse("Deployment");
          return root.text("spec", "workloadRef", "name")
              .flatMap(
                  name ->
                      workspace.objects().stream()
                          .filter(
                              o ->
                                  o.kind().equals(refKind)
                                      && o.name().equals(name)
                                      && sameNamespace(o.namespace(), workload.namespace()))
                          .findFirst())
              .flatMap(ref -> ref.root().map("spec", "template"));
        }
        return root.map("spec", "template");
      }
      default -> {
        return root.map("spec", "template");
      }
    }
  }
}
