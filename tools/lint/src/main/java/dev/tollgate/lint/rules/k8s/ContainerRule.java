package dev.tollgate.lint.rules.k8s;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.Nodes;

/** A rule over every init and regular container of every workload's pod spec. */
public abstract class ContainerRule extends PodRule {

  @Override
  protected final void checkPod(
      KubeObject workload, YMap podSpec, Workspace workspace, Findings findings) {
    for (String section : new String[] {"initContainers", "containers"}) {
      for (YMap container : Nodes.maps(podSpec, section)) {
        checkContainer(workload, podSpec, container, container.text("name").orElse(""), findings);
      }
    }
  }

  protected abstract void checkContainer(
      KubeObject workload, YMap podSpec, YMap container, String name, Findings findings);
}
