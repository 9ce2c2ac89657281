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
 * Argo CD {@code AppProject.IsDestinationPermitted}: some {@code destinations} entry must match the
 * Application's server (or cluster name) and namespace by glob, and no {@code !} entry may. The
 * local cluster is known both as {@code in-cluster} and {@code https://kubernetes.default.svc}.
 */
@RuleInfo(
    id = "argocd-project-denies-destination",
    severity = ERROR,
    appliesTo = {"Application"},
    summary = "An Application's destination must be allowed by its AppProject's destinations.",
    remediation = "Add the cluster and namespace to the AppProject's destinations.")
public final class ProjectDeniesDestinationRule extends ObjectRule {

  private static final String IN_CLUSTER_SERVER = "https://kubernetes.default.svc";

  @Override
  protected Set<String> kinds() {
    return Set.of("Application");
  }

  @Override
  protected void check(KubeObject app, Workspace workspace, Findings findings) {
    YMap destination = app.root().map("spec", "destination").orElse(null);
    if (destination == null) {
      return;
    }
    String server = destination.text("server").orElse("");
    String name = destination.text("name").orElse("");
    if (server.isEmpty() && name.equals("in-cluster")) {
      server = IN_CLUSTER_SERVER;
    } else if (name.isEmpty() && server.equals(IN_CLUSTER_SERVER)) {
      name = "in-cluster";
    }
    String namespace = destination.text("namespace").orElse("");
    String project = Sources.project(app);
    for (KubeObject proj :
        WorkspaceIndex.of(workspace).named("AppProject", app.namespace(), project)) {
      if (!permitted(proj, server, name, namespace)) {
        YNode at =
            destination
                .get("namespace")
                .orElseGet(() -> Nodes.keyOf(app.root().map("spec").orElseThrow(), "destination"));
        findings.report(
            app,
            at,
            String.format(
                "application destination server '%s' and namespace '%s' do not match any of the"
                    + " allowed destinations in project '%s'",
                server.isEmpty() ? name : server, namespace, project));
      }
    }
  }

  private static boolean permitted(KubeObject project, String server, String name, String ns) {
    boolean allowed = false;
    for (YMap dst : Nodes.maps(project.root(), "spec", "destinations")) {
      String dstServer = dst.text("server").orElse("");
      String dstName = dst.text("name").orElse("");
      String dstNs = dst.text("namespace").orElse("");
      boolean deny = dstServer.startsWith("!") || dstName.startsWith("!") || dstNs.startsWith("!");
      boolean clusterMatches =
          (!dstServer.isEmpty() && Globs.match(strip(dstServer), server, false))
              || (!dstName.isEmpty() && Globs.match(strip(dstName), name, false));
      boolean nsMatches = Globs.match(strip(dstNs), ns, false);
      if (deny) {
        if (clusterMatches && nsMatches) {
          return false;
        }
      } else {
        allowed |= clusterMatches && nsMatches;
      }
    }
    return allowed;
  }

  private static String strip(String glob) {
    return glob.startsWith("!") ? glob.substring(1) : glob;
  }
}
