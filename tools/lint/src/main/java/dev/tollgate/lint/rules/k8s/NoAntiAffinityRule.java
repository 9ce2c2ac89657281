package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.WARNING;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.Nodes;
import java.util.OptionalLong;

/**
 * kube-linter {@code no-anti-affinity} (minReplicas 2): replicas of one workload should not all
 * land on one node.
 */
@RuleInfo(
    id = "k8s-no-anti-affinity",
    severity = WARNING,
    appliesTo = {"Deployment", "StatefulSet", "ReplicaSet", "Rollout"},
    summary = "Workloads with more than one replica should spread pods with pod anti-affinity.",
    remediation = "Add affinity.podAntiAffinity with topologyKey kubernetes.io/hostname.")
public final class NoAntiAffinityRule extends PodRule {

  @Override
  protected void checkPod(
      KubeObject workload, YMap podSpec, Workspace workspace, Findings findings) {
    if (workload.kind().equals("DaemonSet")
        || workload.kind().equals("Job")
        || workload.kind().equals("CronJob")
        || workload.kind().equals("Pod")) {
      return;
    }
    OptionalLong replicas = Nodes.longAt(workload.root(), "spec", "replicas");
    if (replicas.isPresent()
        && replicas.getAsLong() >= 2
        && !Nodes.present(podSpec, "affinity", "podAntiAffinity")) {
      findings.report(
          workload,
          workload.root().get("spec", "replicas").orElseThrow(),
          String.format(
              "%s \"%s\" has %d replicas but does not specify inter-pod anti-affinity",
              workload.kind(), workload.name(), replicas.getAsLong()));
    }
  }
}
