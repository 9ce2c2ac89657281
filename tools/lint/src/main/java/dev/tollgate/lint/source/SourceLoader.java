package dev.tollgate.lint.source;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLimits;
import dev.tollgate.core.yaml.YamlLoader;
import dev.tollgate.lint.api.SourceFile;
import dev.tollgate.lint.source.FileDiscovery.DiscoveredFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses each discovered file once, through tools/core's safe loader, into position-keeping trees.
 * Files are independent, so they load in parallel; a file that cannot be read becomes a positioned
 * problem and the others still load.
 */
public final class SourceLoader {
  private final YamlLoader loader;

  /** The files that loaded (in discovery order) and one problem per file that did not. */
  public record Result(List<SourceFile> files, List<Diagnostic> problems) {}

  public SourceLoader(YamlLimits limits) {
    this.loader = new YamlLoader(limits);
  }

  public Result load(List<DiscoveredFile> discovered) {
    List<Object> outcomes =
        discovered.parallelStream().map(this::loadOne).toList(); // keeps discovery order
    List<SourceFile> files = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Object outcome : outcomes) {
      if (outcome instanceof SourceFile file) {
        files.add(file);
      } else {
        problems.add((Diagnostic) Objects.requireNonNull(outcome));
      }
    }
    return new Result(files, problems);
  }

  private Object loadOne(DiscoveredFile file) {
    try {
      List<YNode> documents = YTrees.documents(loader.load(file.path(), file.displayPath()));
      for (YNode document : documents) {
        Optional<Diagnostic> bomb = AliasExpansion.check(document);
        if (bomb.isPresent()) {
          return bomb.get();
        }
      }
      return new SourceFile(file.displayPath(), file.path(), documents);
    } catch (InputException e) {
      return e.diagnostic();
    } catch (StackOverflowError e) {
      // the depth check runs first, so this needs a pathological shape the event count misses
      return Diagnostic.error(
          dev.tollgate.core.Position.ofFile(file.displayPath()),
          "yaml-too-deep",
          "structure too deeply nested to load",
          "Flatten the structure; no manifest needs this depth.");
    }
  }
}
