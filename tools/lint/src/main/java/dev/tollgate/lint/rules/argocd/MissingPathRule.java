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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An Application whose Git source is this repository must point at a folder that exists, and its
 * Helm {@code valueFiles} must exist (relative to the path, or {@code $ref/...} from the repository
 * root of a source declaring {@code ref}, argo-cd #15463). Argo CD only finds out at sync time
 * ("app path does not exist").
 */
@RuleInfo(
    id = "argocd-missing-path",
    severity = ERROR,
    appliesTo = {"Application"},
    summary = "Application sources in this repository must point at existing paths and files.",
    remediation = "Fix source.path or the value file name, or add the missing folder.")
public final class MissingPathRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Set.of("Application");
  }

  @Override
  protected void check(KubeObject app, Workspace workspace, Findings findings) {
    List<YMap> sources = Sources.of(app);
    Set<String> refs = new HashSet<>();
    for (YMap source : sources) {
      source.text("ref").ifPresent(refs::add);
    }
    Path root = workspace.root();
    for (YMap source : sources) {
      boolean local = Sources.isLocal(workspace, source);
      YNode pathNode = source.get("path").orElse(null);
      String path = source.text("path").orElse("");
      if (local && pathNode != null && !Files.isDirectory(root.resolve(path))) {
        findings.report(
            app,
            pathNode,
            String.format(
                "Application \"%s\" source path \"%s\" does not exist in this repository",
                app.name(), path));
        continue;
      }
      for (YNode file : source.items("helm", "valueFiles")) {
        checkValueFile(app, workspace, sources, refs, local, path, file, findings);
      }
    }
  }

  private static void checkValueFile(
      KubeObject app,
      Workspace workspace,
      List<YMap> sources,
      Set<String> refs,
      boolean local,
      String path,
      YNode file,
      Findings findings) {
    String name = Nodes.scalarText(file);
    if (name.startsWith("$")) {
      String ref = name.substring(1).split("/", 2)[0];
      if (!refs.contains(ref)) {
        findings.report(
            app,
            file,
            String.format(
                "value file \"%s\" names source ref \"%s\", but no source declares ref: %s",
                name, ref, ref));
        return;
      }
      YMap refSource =
          sources.stream()
              .filter(s -> s.text("ref").orElse("").equals(ref))
              .findFirst()
              .orElseThrow();
      String rest = name.contains("/") ? name.substring(name.indexOf('/') + 1) : "";
      if (isLocalRepo(workspace, refSource)
          && !Files.isRegularFile(workspace.root().resolve(rest))) {
        findings.report(
            app,
            file,
            String.format(
                "value file \"%s\" does not exist (a $%s path starts at the repository root)",
                name, ref));
      }
      return;
    }
    if (local
        && !name.contains("://")
        && !Files.isRegularFile(workspace.root().resolve(path).resolve(name))) {
      findings.report(
          app, file, String.format("value file \"%s\" does not exist under \"%s\"", name, path));
    }
  }

  /** A ref source has no path, so it counts as local only when the remote is known to match. */
  private static boolean isLocalRepo(Workspace workspace, YMap source) {
    List<String> remotes = Sources.remotes(workspace.root());
    return remotes.contains(Sources.normalize(source.text("repoURL").orElse("")));
  }
}
