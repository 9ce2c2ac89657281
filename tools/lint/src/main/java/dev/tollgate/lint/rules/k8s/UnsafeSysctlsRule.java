package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import java.util.List;
import java.util.Set;

/**
 * kube-linter {@code unsafe-sysctls} (prefixes kernel.msg, kernel.sem, kernel.shm, fs.mqueue.,
 * net.), minus the sysctls Kubernetes itself documents as safe, which the kubelet allows by
 * default.
 */
@RuleInfo(
    id = "k8s-unsafe-sysctls",
    severity = ERROR,
    appliesTo = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Rollout"},
    summary = "Pods must not set unsafe sysctls.",
    remediation = "Remove the sysctl from securityContext.sysctls, or tune it on the node.")
public final class UnsafeSysctlsRule extends PodRule {

  private static final List<String> UNSAFE_PREFIXES =
      List.of("kernel.msg", "kernel.sem", "kernel.shm", "fs.mqueue.", "net.");

  /** kubernetes.io "Using sysctls in a Kubernetes Cluster": the safe set. */
  private static final Set<String> SAFE =
      Set.of(
          "kernel.shm_rmid_forced",
          "net.ipv4.ip_local_port_range",
          "net.ipv4.tcp_syncookies",
          "net.ipv4.ping_group_range",
          "net.ipv4.ip_unprivileged_port_start",
          "net.ipv4.ip_local_reserved_ports",
          "net.ipv4.tcp_keepalive_time",
          "net.ipv4.tcp_fin_timeout",
          "net.ipv4.tcp_keepalive_intvl",
          "net.ipv4.tcp_keepalive_probes",
          "net.ipv4.tcp_rmem",
          "net.ipv4.tcp_wmem");

  @Override
  protected void checkPod(
      KubeObject workload, YMap podSpec, Workspace workspace, Findings findings) {
    for (YNode sysctl : podSpec.items("securityContext", "sysctls")) {
      String name = sysctl.text("name").orElse("");
      if (!SAFE.contains(name) && UNSAFE_PREFIXES.stream().anyMatch(name::startsWith)) {
        findings.report(
            workload,
            sysctl.get("name").orElseThrow(),
            String.format(
                "%s \"%s\" sets unsafe sysctl \"%s\"", workload.kind(), workload.name(), name));
      }
    }
  }
}
