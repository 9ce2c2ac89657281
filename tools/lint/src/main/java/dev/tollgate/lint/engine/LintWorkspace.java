package dev.tollgate.lint.engine;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.SourceFile;
import dev.tollgate.lint.api.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files of one run and the Kubernetes objects in them, indexed by kind for cross-references.
 */
public final class LintWorkspace implements Workspace {

  /** Used when the config names no version: the newest minor the fabric8 7.8 models describe. */
  public static final String DEFAULT_KUBERNETES_VERSION = "1.33";

  private final Path root;
  private final List<SourceFile> files;
  private final List<KubeObject> objects;

  /** kind, then name: {@link #find} is a lookup, so cross-reference rules stay linear. */
  private final Map<String, Map<String, List<KubeObject>>> byKindAndName = new HashMap<>();

  private final LocalDate today;
  private final String kubernetesVersion;

  public LintWorkspace(
      Path root, List<SourceFile> files, LocalDate today, String kubernetesVersion) {
    this.root = root;
    this.files = List.copyOf(files);
    this.today = today;
    this.kubernetesVersion = kubernetesVersion;
    List<KubeObject> found = new ArrayList<>();
    Set<String> patches = kustomizePatches(this.files);
    for (SourceFile file : this.files) {
      if (patches.contains(file.path())) {
        continue;
      }
      List<YNode> documents = file.documents();
      for (int i = 0; i < documents.size(); i++) {
        if (documents.get(i) instanceof YNode.YMap map && isKubeObject(map)) {
          KubeObject object = new KubeObject(file.path(), i, map);
          found.add(object);
          byKindAndName
              .computeIfAbsent(object.kind(), k -> new HashMap<>())
              .computeIfAbsent(object.name(), n -> new ArrayList<>())
              .add(object);
        }
      }
    }
    this.objects = List.copyOf(found);
  }

  /**
   * Files a Kustomization applies as patches ({@code patches[].path}, {@code
   * patchesStrategicMerge}): they hold fragments of objects, not objects, so neither schemas nor
   * rules judge them on their own.
   */
  static Set<String> kustomizePatches(List<SourceFile> files) {
    Set<String> out = new HashSet<>();
    for (SourceFile file : files) {
      Path folder = Path.of(file.path()).getParent();
      for (YNode document : file.documents()) {
        if (!document.text("kind").orElse("").equals("Kustomization")) {
          continue;
        }
        List<String> paths = new ArrayList<>();
        document.items("patches").forEach(p -> p.text("path").ifPresent(paths::add));
        document.items("patchesStrategicMerge").stream()
            .filter(YNode.YScalar.class::isInstance)
            .map(n -> ((YNode.YScalar) n).text())
            .filter(t -> !t.contains("\n"))
            .forEach(paths::add);
        for (String path : paths) {
          Path resolved = folder == null ? Path.of(path) : folder.resolve(path);
          out.add(resolved.normalize().toString().replace('\\', '/'));
        }
      }
    }
    return out;
  }

  /** A document is a Kubernetes object when it names both its apiVersion and its kind. */
  static boolean isKubeObject(YNode.YMap map) {
    return map.text("apiVersion").isPresent() && map.text("kind").isPresent();
  }

  @Override
  public Path root() {
    return root;
  }

  @Override
  public List<SourceFile> files() {
    return files;
  }

  @Override
  public List<KubeObject> objects() {
    return objects;
  }

  @Override
  public List<KubeObject> find(String kind, String namespace, String name) {
    List<KubeObject> out = new ArrayList<>();
    for (KubeObject object :
        byKindAndName.getOrDefault(kind, Map.of()).getOrDefault(name, List.of())) {
      if ((namespace.isEmpty()
          || object.namespace().isEmpty()
          || object.namespace().equals(namespace))) {
        out.add(object);
      }
    }
    return out;
  }

  @Override
  public LocalDate today() {
    return today;
  }

  @Override
  public String kubernetesVersion() {
    return kubernetesVersion;
  }
}
