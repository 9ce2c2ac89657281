package dev.tollgate.lint.api;

import java.util.Set;

/** A rule that looks at one Kubernetes object at a time. */
public abstract class ObjectRule implements Rule {

  /** The kinds this rule looks at; empty means every object. */
  protected abstract Set<String> kinds();

  protected abstract void check(KubeObject object, Workspace workspace, Findings findings);

  @Override
  public final void check(Workspace workspace, Findings findings) {
    Set<String> kinds = kinds();
    for (KubeObject object : workspace.objects()) {
      if (kinds.isEmpty() || kinds.contains(object.kind())) {
        try {
          check(object, workspace, findings);
        } catch (RuleFailure e) {
          throw e;
        } catch (RuntimeException e) {
          throw new RuleFailure(object, e);
        }
      }
    }
  }
}
