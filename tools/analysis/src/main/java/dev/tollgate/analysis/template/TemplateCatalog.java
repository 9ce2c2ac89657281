package dev.tollgate.analysis.template;

import dev.tollgate.core.Position;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The templates a test or simulation may reference, by kind and name. */
public final class TemplateCatalog {
  private final Map<String, AnalysisTemplate> byKey = new LinkedHashMap<>();

  public void add(AnalysisTemplate template) {
    AnalysisTemplate previous =
        byKey.putIfAbsent(key(template.clusterScoped(), template.name()), template);
    if (previous != null) {
      throw TemplateLoader.FIELDS.error(
          template.position(),
          template.kind()
              + " \""
              + template.name()
              + "\" is defined twice (also at "
              + previous.position()
              + ")",
          "Give each template a unique name.");
    }
  }

  public void addAll(Collection<AnalysisTemplate> templates) {
    templates.forEach(this::add);
  }

  public boolean isEmpty() {
    return byKey.isEmpty();
  }

  /** The template a reference names, or a positioned error like Argo's "not found". */
  public AnalysisTemplate resolve(TemplateRef ref) {
    AnalysisTemplate template = byKey.get(key(ref.clusterScope(), ref.templateName()));
    if (template == null) {
      String kind = ref.clusterScope() ? "ClusterAnalysisTemplate" : "AnalysisTemplate";
      throw TemplateLoader.FIELDS.error(
          ref.position(),
          kind + " '" + ref.templateName() + "' not found",
          byKey.isEmpty()
              ? "No templates are loaded; pass the file that defines it (--templates, or the test"
                  + " file's templates: list)."
              : "Known templates: "
                  + String.join(", ", names())
                  + ". Pass the file that defines it.");
    }
    return template;
  }

  /**
   * The templates the references name, nested {@code templates[]} included, each once (Argo's
   * {@code FilterUniqueTemplates}).
   */
  public List<AnalysisTemplate> expand(List<TemplateRef> refs) {
    Map<String, AnalysisTemplate> out = new LinkedHashMap<>();
    for (TemplateRef ref : refs) {
      collect(ref, out, new ArrayList<>());
    }
    return new ArrayList<>(out.values());
  }

  private void collect(TemplateRef ref, Map<String, AnalysisTemplate> out, List<String> path) {
    AnalysisTemplate template = resolve(ref);
    String key = key(template.clusterScoped(), template.name());
    if (path.contains(key)) {
      throw TemplateLoader.FIELDS.error(
          ref.position(),
          "templates reference each other in a cycle: " + String.join(" -> ", path) + " -> " + key,
          "Remove one of the nested template references.");
    }
    if (out.containsKey(key)) {
      return;
    }
    out.put(key, template);
    path.add(key);
    for (TemplateRef nested : template.templates()) {
      collect(nested, out, path);
    }
    path.remove(path.size() - 1);
  }

  public List<String> names() {
    List<String> out = new ArrayList<>();
    byKey.values().forEach(t -> out.add(t.name()));
    return out;
  }

  /** A reference to a namespaced template by name, for test files that list plain names. */
  public TemplateRef refByName(String name, Position position) {
    boolean cluster = !byKey.containsKey(key(false, name)) && byKey.containsKey(key(true, name));
    return new TemplateRef(name, cluster, position);
  }

  private static String key(boolean cluster, String name) {
    return (cluster ? "ClusterAnalysisTemplate/" : "AnalysisTemplate/") + name;
  }
}
