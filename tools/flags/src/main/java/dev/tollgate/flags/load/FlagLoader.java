package dev.tollgate.flags.load;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import dev.tollgate.flags.model.Flag;
import dev.tollgate.flags.model.FlagSet;
import dev.tollgate.flags.model.Namespace;
import dev.tollgate.flags.model.Segment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds and reads the flag files of one directory the way Flipt does: the v2 layout ({@code
 * <namespace>/features.yaml|yml|json}, one level deep) plus the v1 files ({@code *features.yml},
 * {@code *.features.yaml}, ... or the include/exclude globs of a {@code .flipt.yml} index). Files
 * are read in lexical order and merged per namespace; every problem becomes a diagnostic, so a
 * broken file never stops the others from being checked.
 */
public final class FlagLoader {
  private static final List<String> V1_DEFAULT_INCLUDES =
      List.of("**features.yml", "**features.yaml", "**.features.yml", "**.features.yaml");
  private static final Pattern V2_LAYOUT = Pattern.compile("[^/]+/features\\.(yaml|yml|json)");

  private FlagLoader() {}

  /** Loads {@code dir}; messages show paths as {@code displayPrefix + relative path}. */
  public static LoadResult load(Path dir, String displayPrefix) {
    if (!Files.isDirectory(dir)) {
      Findings findings = new Findings();
      findings.error(
          Position.ofFile(displayPrefix.isEmpty() ? dir.toString() : displayPrefix),
          "flag-no-directory",
          "flags directory " + dir + " does not exist",
          "Pass the directory that holds your Flipt flag files.");
      return new LoadResult(new FlagSet(Map.of()), findings.sorted(), List.of());
    }
    List<String> relative = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile)
          .forEach(p -> relative.add(dir.relativize(p).toString().replace('\\', '/')));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return load(
        relative,
        rel -> {
          try {
            return Files.readAllBytes(dir.resolve(rel));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        displayPrefix);
  }

  /**
   * Loads from any tree (a directory or a git revision): {@code paths} relative to the flags root,
   * {@code read} gives a file's bytes.
   */
  public static LoadResult load(
      List<String> paths, Function<String, byte[]> read, String displayPrefix) {
    Findings findings = new Findings();
    YamlLoader yaml = new YamlLoader();
    List<Pattern> includes = new ArrayList<>();
    List<Pattern> excludes = new ArrayList<>();
    Set<String> all = Set.copyOf(paths);
    if (all.contains(".flipt.yml")) {
      readIndex(
          yaml,
          read.apply(".flipt.yml"),
          displayPrefix + ".flipt.yml",
          includes,
          excludes,
          findings);
    } else {
      V1_DEFAULT_INCLUDES.forEach(g -> includes.add(Globs.compile(g)));
    }
    TreeMap<String, Boolean> selected = new TreeMap<>();
    for (String path : paths) {
      boolean v2 = V2_LAYOUT.matcher(path).matches();
      boolean v1 =
          includes.stream().anyMatch(p -> p.matcher(path).matches())
              && excludes.stream().noneMatch(p -> p.matcher(path).matches());
      if (v2 && path.endsWith("/features.yml") && all.contains(path.replace(".yml", ".yaml"))) {
        findings.warning(
            Position.ofFile(displayPrefix + path),
            "flag-ignored-file",
            "Flipt v2 reads " + path.replace(".yml", ".yaml") + " and ignores this file",
            "Merge it into features.yaml and delete it.");
        continue;
      }
      if (v2 || v1) {
        selected.put(path, v2);
      }
    }
    Map<String, NamespaceBuilder> namespaces = new LinkedHashMap<>();
    List<String> files = new ArrayList<>();
    for (Map.Entry<String, Boolean> file : selected.entrySet()) {
      String display = displayPrefix + file.getKey();
      files.add(display);
      String directoryNamespace = file.getValue() ? file.getKey().split("/", -1)[0] : null;
      List<YNode> documents;
      try {
        documents = YTrees.documents(yaml.load(display, read.apply(file.getKey())));
      } catch (InputException e) {
        findings.add(e.diagnostic());
        continue;
      }
      for (YNode document : documents) {
        DocumentReader reader = new DocumentReader(findings);
        String fallback = directoryNamespace == null ? "default" : directoryNamespace;
        reader
            .read(document, fallback)
            .ifPresent(
                doc -> {
                  String ns = doc.namespace() == null ? fallback : doc.namespace();
                  if (directoryNamespace != null
                      && doc.namespace() != null
                      && !doc.namespace().equals(directoryNamespace)) {
                    findings.warning(
                        doc.namespacePosition(),
                        "flag-namespace-mismatch",
                        "namespace \""
                            + doc.namespace()
                            + "\" differs from its directory \""
                            + directoryNamespace
                            + "\"; Flipt v2 uses the directory",
                        "Rename the directory or the namespace so that they agree.");
                  }
                  namespaces.computeIfAbsent(ns, NamespaceBuilder::new).add(doc, findings);
                });
      }
    }
    Map<String, Namespace> built = new LinkedHashMap<>();
    namespaces.forEach((k, b) -> built.put(k, b.build()));
    FlagSet set = new FlagSet(built);
    FlagChecks.check(set, findings);
    return new LoadResult(set, findings.sorted(), files);
  }

  private static void readIndex(
      YamlLoader yaml,
      byte[] bytes,
      String display,
      List<Pattern> includes,
      List<Pattern> excludes,
      Findings findings) {
    try {
      for (YNode doc : YTrees.documents(yaml.load(display, bytes))) {
        doc.items("include").forEach(n -> glob(n, includes, findings));
        doc.items("exclude").forEach(n -> glob(n, excludes, findings));
      }
    } catch (InputException e) {
      findings.add(e.diagnostic());
    }
    if (includes.isEmpty()) {
      V1_DEFAULT_INCLUDES.forEach(g -> includes.add(Globs.compile(g)));
    }
  }

  private static void glob(YNode node, List<Pattern> out, Findings findings) {
    if (node instanceof YNode.YScalar s) {
      out.add(Globs.compile(s.text()));
    } else {
      findings.error(
          node.position(),
          Fields.SCHEMA,
          ".flipt.yml globs must be strings",
          "Write each include/exclude entry as a glob string.");
    }
  }

  /** Merges documents of one namespace; segments must be defined in the same or an earlier one. */
  private static final class NamespaceBuilder {
    private final String key;
    private final Map<String, Flag> flags = new LinkedHashMap<>();
    private final Map<String, Segment> segments = new LinkedHashMap<>();

    NamespaceBuilder(String key) {
      this.key = key;
    }

    void add(DocumentReader.Document doc, Findings findings) {
      for (Segment s : doc.segments()) {
        Segment previous = segments.put(s.key(), s);
        if (previous != null) {
          duplicate(findings, s.position(), "segment", s.key(), previous.position());
        }
      }
      for (Flag f : doc.flags()) {
        Flag previous = flags.put(f.key(), f);
        if (previous != null) {
          duplicate(findings, f.position(), "flag", f.key(), previous.position());
        }
        FlagChecks.checkReferences(f, segments, findings);
      }
    }

    private void duplicate(Findings findings, Position at, String what, String k, Position first) {
      findings.error(
          at,
          "flag-duplicate-key",
          what
              + " \""
              + k
              + "\" is defined twice in namespace \""
              + key
              + "\" (first at "
              + first
              + ")",
          "Flipt silently keeps the later definition; delete one of them.");
    }

    Namespace build() {
      return new Namespace(key, flags, segments);
    }
  }

  /** Used by callers that only want a diagnostic list. */
  public static List<Diagnostic> validate(Path dir, String displayPrefix) {
    return load(dir, displayPrefix).diagnostics();
  }
}
