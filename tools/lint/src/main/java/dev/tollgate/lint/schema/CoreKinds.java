package dev.tollgate.lint.schema;

import java.util.Map;
import java.util.Optional;

/**
 * The core Kubernetes kinds checked against fabric8 kubernetes-model types, by {@code
 * apiVersion/Kind}. Only API versions a current cluster serves are listed, so a removed version
 * (extensions/v1beta1 Deployment) has no schema and is reported as such. Classes load on first use.
 */
final class CoreKinds {
  private static final String CORE = "io.fabric8.kubernetes.api.model.";

  private static final Map<String, String> CLASSES =
      Map.ofEntries(
          Map.entry("v1/Pod", CORE + "Pod"),
          Map.entry("v1/Service", CORE + "Service"),
          Map.entry("v1/ConfigMap", CORE + "ConfigMap"),
          Map.entry("v1/Secret", CORE + "Secret"),
          Map.entry("v1/ServiceAccount", CORE + "ServiceAccount"),
          Map.entry("v1/Namespace", CORE + "Namespace"),
          Map.entry("v1/PersistentVolumeClaim", CORE + "PersistentVolumeClaim"),
          Map.entry("v1/PersistentVolume", CORE + "PersistentVolume"),
          Map.entry("v1/Endpoints", CORE + "Endpoints"),
          Map.entry("v1/LimitRange", CORE + "LimitRange"),
          Map.entry("v1/ResourceQuota", CORE + "ResourceQuota"),
          Map.entry("v1/ReplicationController", CORE + "ReplicationController"),
          Map.entry("apps/v1/Deployment", CORE + "apps.Deployment"),
          Map.entry("apps/v1/StatefulSet", CORE + "apps.StatefulSet"),
          Map.entry("apps/v1/DaemonSet", CORE + "apps.DaemonSet"),
          Map.entry("apps/v1/ReplicaSet", CORE + "apps.ReplicaSet"),
          Map.entry("batch/v1/Job", CORE + "batch.v1.Job"),
          Map.entry("batch/v1/CronJob", CORE + "batch.v1.CronJob"),
          Map.entry("networking.k8s.io/v1/Ingress", CORE + "networking.v1.Ingress"),
          Map.entry("networking.k8s.io/v1/IngressClass", CORE + "networking.v1.IngressClass"),
          Map.entry("networking.k8s.io/v1/NetworkPolicy", CORE + "networking.v1.NetworkPolicy"),
          Map.entry("policy/v1/PodDisruptionBudget", CORE + "policy.v1.PodDisruptionBudget"),
          Map.entry(
              "autoscaling/v1/HorizontalPodAutoscaler",
              CORE + "autoscaling.v1.HorizontalPodAutoscaler"),
          Map.entry(
              "autoscaling/v2/HorizontalPodAutoscaler",
              CORE + "autoscaling.v2.HorizontalPodAutoscaler"),
          Map.entry("rbac.authorization.k8s.io/v1/Role", CORE + "rbac.Role"),
          Map.entry("rbac.authorization.k8s.io/v1/ClusterRole", CORE + "rbac.ClusterRole"),
          Map.entry("rbac.authorization.k8s.io/v1/RoleBinding", CORE + "rbac.RoleBinding"),
          Map.entry(
              "rbac.authorization.k8s.io/v1/ClusterRoleBinding", CORE + "rbac.ClusterRoleBinding"));

  private CoreKinds() {}

  static Optional<Class<?>> modelOf(String apiVersion, String kind) {
    String name = CLASSES.get(apiVersion + "/" + kind);
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Class.forName(name));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("fabric8 model missing from the class path: " + name, e);
    }
  }

  /** Embedded core types in custom resources: pod templates, job specs. */
  static Class<?> podTemplateSpec() {
    return io.fabric8.kubernetes.api.model.PodTemplateSpec.class;
  }

  static Class<?> objectMeta() {
    return io.fabric8.kubernetes.api.model.ObjectMeta.class;
  }

  static Class<?> jobSpec() {
    return io.fabric8.kubernetes.api.model.batch.v1.JobSpec.class;
  }
}
