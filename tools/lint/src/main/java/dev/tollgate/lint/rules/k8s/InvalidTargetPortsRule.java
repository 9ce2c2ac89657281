package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.Nodes;
import dev.tollgate.lint.rules.WorkspaceIndex;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;

/**
 * kube-linter {@code invalid-target-ports}: Service targetPorts and container port names must be
 * IANA service names (apimachinery {@code IsValidPortName}) or numbers 1..65535.
 */
@RuleInfo(
    id = "k8s-invalid-target-ports",
    severity = ERROR,
    appliesTo = {
      "Service",
      "Pod",
      "Deployment",
      "StatefulSet",
      "DaemonSet",
      "Job",
      "CronJob",
      "Rollout"
    },
    summary = "Port names and target ports must be valid IANA service names or port numbers.",
    remediation =
        "Use at most 15 lower-case letters, digits and single inner hyphens, with a letter.")
public final class InvalidTargetPortsRule extends ObjectRule {

  private static final Set<String> KINDS = new HashSet<>(WorkspaceIndex.WORKLOAD_KINDS);

  static {
    KINDS.add("Service");
  }

  @Override
  protected Set<String> kinds() {
    return KINDS;
  }

  @Override
  protected void check(KubeObject object, Workspace workspace, Findings findings) {
    if (object.kind().equals("Service")) {
      for (YMap port : Nodes.maps(object.root(), "spec", "ports")) {
        port.get("targetPort").ifPresent(tp -> checkPort(object, tp, "targetPort", findings));
      }
      return;
    }
    object
        .ownPodSpec()
        .ifPresent(
            spec -> {
              for (String section : new String[] {"initContainers", "containers"}) {
                for (YMap container : Nodes.maps(spec, section)) {
                  for (YMap port : Nodes.maps(container, "ports")) {
                    port.get("name")
                        .ifPresent(
                            n ->
                                checkPort(
                                    object,
                                    n,
                                    "port name in container \""
                                        + container.text("name").orElse("")
                                        + "\"",
                                    findings));
                  }
                }
              }
            });
  }

  private static void checkPort(KubeObject object, YNode node, String what, Findings findings) {
    OptionalLong number = Nodes.asLong(node);
    String text = Nodes.scalarText(node);
    if (number.isPresent() && what.equals("targetPort")) {
      if (number.getAsLong() < 1 || number.getAsLong() > 65535) {
        findings.report(
            object, node, String.format("%s \"%s\" is not a port number in 1..65535", what, text));
      }
      return;
    }
    String problem = portNameProblem(text);
    if (problem != null) {
      findings.report(object, node, String.format("%s \"%s\" %s", what, text, problem));
    }
  }

  /** apimachinery IsValidPortName, as one problem sentence, or null when valid. */
  static String portNameProblem(String name) {
    if (name.length() < 1 || name.length() > 15) {
      return "must be 1 to 15 characters long";
    }
    if (!name.matches("[a-z0-9-]+")) {
      return "must contain only lower-case letters, digits and '-'";
    }
    if (!name.matches(".*[a-z].*")) {
      return "must contain at least one letter";
    }
    if (name.contains("--")) {
      return "must not contain consecutive hyphens";
    }
    if (name.startsWith("-") || name.endsWith("-")) {
      return "must not begin or end with a hyphen";
    }
    return null;
  }
}
