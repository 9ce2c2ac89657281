package dev.tollgate.lint.rules.argocd;

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
import java.util.Set;

/**
 * Argo CD {@code AppProject.IsSourcePermitted}: the source repoURL must match a {@code sourceRepos}
 * glob ('/' separates, {@code **} crosses it, {@code *} alone allows all) and no {@code !} deny
 * glob.
 */
@RuleInfo(
    id = "argocd-project-denies-source",
    severity = ERROR,
    appliesTo = {"Application"},
    summary = "An Application's sources must be allowed by its AppProject's sourceRepos.",
    remediation = "Add the repository to the AppProject's sourceRepos, or move the Application.")
public final class ProjectDeniesSourceRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Set.of("Application");
  }

  @Override
  protected void check(KubeObject app, Workspace workspace, Findings findings) {
    String project = Sources.project(app);
    for (KubeObject proj :
        WorkspaceIndex.of(workspace).named("AppProject", app.namespace(), project)) {
      for (YMap source : Sources.of(app)) {
        YNode repoNode = source.get("repoURL").orElse(null);
        if (repoNode == null) {
          continue;
        }
        String repo = Nodes.scalarText(repoNode);
        if (!permitted(proj, repo)) {
          findings.report(
              app,
              repoNode,
              String.format("application repo %s is not permitted in project '%s'", repo, project));
        }
      }
    }
  }

  static boolean permitted(KubeObject project, String repoUrl) {
    String repo = Sources.normalize(repoUrl);
    boolean allowed = false;
    for (YNode node : project.root().items("spec", "sourceRepos")) {
      String pattern = Nodes.scalarText(node);
      boolean deny = pattern.startsWith("!");
      String glob = deny ? pattern.substring(1) : pattern;
      boolean matches = glob.equals("*") || Globs.match(Sources.normalize(glob), repo, true);
      if (deny && matches) {
        return false;
      }
      allowed |= !deny && matches;
    }
    return allowed;
  }
}
