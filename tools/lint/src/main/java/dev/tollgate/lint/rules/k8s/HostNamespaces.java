package dev.tollgate.lint.rules.k8s;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.rules.Nodes;

/** Shared by the three host-namespace rules (kube-linter host-network / host-pid / host-ipc). */
final class HostNamespaces {
  private HostNamespaces() {}

  static void check(KubeObject workload, YMap podSpec, String field, Findings findings) {
    if (Nodes.isTrue(podSpec, field)) {
      findings.report(
          workload,
          podSpec.get(field).orElseThrow(),
          String.format("%s \"%s\" sets %s: true", workload.kind(), workload.name(), field));
    }
  }
}
