package dev.tollgate.lint.api;

import dev.tollgate.core.yaml.YNode;
import java.nio.file.Path;
import java.util.List;

/**
 * A file the run read, with its parsed documents. JSON files (Grafana dashboards) are parsed as
 * YAML, which is a superset, so they keep positions too.
 *
 * @param path as printed in messages (relative to the workspace root)
 * @param absolutePath where it is on disk
 */
public record SourceFile(String path, Path absolutePath, List<YNode> documents) {
  public SourceFile {
    documents = List.copyOf(documents);
  }
}
