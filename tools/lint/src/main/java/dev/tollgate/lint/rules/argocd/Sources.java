package dev.tollgate.lint.rules.argocd;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.Nodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An Application's sources and whether a Git source is this repository. */
final class Sources {
  private Sources() {}

  private static final Pattern REMOTE_URL = Pattern.compile("^\\s*url\\s*=\\s*(\\S+)\\s*$");

  /** {@code spec.source} and every {@code spec.sources[]} item. */
  static List<YMap> of(KubeObject application) {
    List<YMap> out = new ArrayList<>();
    application.root().map("spec", "source").ifPresent(out::add);
    out.addAll(Nodes.maps(application.root(), "spec", "sources"));
    return out;
  }

  /**
   * Lower-cased host/path without scheme, user, {@code .git} or trailing slash, so the https and
   * ssh spellings of one repository compare equal (as Argo CD's {@code NormalizeGitURL} intends).
   */
  static String normalize(String url) {
    String u = url.trim().toLowerCase(Locale.ROOT);
    u = u.replaceFirst("^[a-z+]+://", "");
    u = u.replaceFirst("^[^@/]+@", "");
    u = u.replaceFirst("^([^/:]+):(?!\\d)", "$1/");
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    if (u.endsWith(".git")) {
      u = u.substring(0, u.length() - 4);
    }
    return u;
  }

  /**
   * Whether a Git source points into the workspace: its repoURL is a remote of the workspace's
   * {@code .git/config}; or, when no remote is configured, the first folder of its path exists
   * under the root (the repository layout matches, so the path is meant to be here).
   */
  static boolean isLocal(Workspace workspace, YMap source) {
    if (source.has("chart")) {
      return false;
    }
    String repo = normalize(source.text("repoURL").orElse(""));
    List<String> remotes = remotes(workspace.root());
    if (!remotes.isEmpty()) {
      return remotes.contains(repo);
    }
    String path = source.text("path").orElse("");
    String first = path.replaceFirst("^\\./", "").split("/", 2)[0];
    return !first.isEmpty()
        && !first.equals(".")
        && Files.isDirectory(workspace.root().resolve(first));
  }

  static List<String> remotes(Path root) {
    List<String> out = new ArrayList<>();
    Path config = root.resolve(".git").resolve("config");
    if (!Files.isRegularFile(config)) {
      return out;
    }
    try {
      for (String line : Files.readAllLines(config, StandardCharsets.UTF_8)) {
        Matcher m = REMOTE_URL.matcher(line);
        if (m.matches()) {
          out.add(normalize(m.group(1)));
        }
      }
    } catch (IOException e) {
      return out;
    }
    return out;
  }

  /** The Application's project, "default" when unset (Argo CD's default). */
  static String project(KubeObject application) {
    return application.root().text("spec", "project").filter(s -> !s.isEmpty()).orElse("default");
  }

  static YNode projectNode(KubeObject application) {
    return application
        .root()
        .get("spec", "project")
        .orElseGet(() -> Nodes.keyOf(application.root(), "spec"));
  }
}
