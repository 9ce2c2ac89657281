package dev.tollgate.lint.rules.k8s;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.WorkspaceIndex;
import java.util.Set;

/**
 * A rule over the pod spec of every workload, Rollouts included (kube-linter skips them). A Rollout
 * with {@code workloadRef} has no pod spec of its own: the referenced Deployment is checked as
 * itself, so its findings are not repeated on the Rollout.
 */
public abstract class PodRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return WorkspaceIndex.WORKLOAD_KINDS;
  }

  @Override
  protected final void check(KubeObject object, Workspace workspace, Findings findings) {
    object.ownPodSpec().ifPresent(spec -> checkPod(object, spec, workspace, findings));
  }

  protected abstract void checkPod(
      KubeObject workload, YMap podSpec, Workspace workspace, Findings findings);
}
