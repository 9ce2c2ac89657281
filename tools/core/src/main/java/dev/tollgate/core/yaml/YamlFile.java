package dev.tollgate.core.yaml;

import dev.tollgate.core.Position;
import java.util.List;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A loaded YAML stream: its documents as snakeyaml-engine nodes, every node keeping its marks.
 *
 * @param path the path as it is printed in messages (relative to the run's root where possible)
 * @param documents one root node per document, empty documents left out
 */
public record YamlFile(String path, List<Node> documents) {

  public YamlFile {
    documents = List.copyOf(documents);
  }

  /** The 1-based position where {@code node} starts. */
  public Position positionOf(Node node) {
    return position(path, node);
  }

  public static Position position(String path, Node node) {
    return node.getStartMark().map(m -> position(path, m)).orElse(Position.ofFile(path));
  }

  public static Position position(String path, Mark mark) {
    return new Position(path, mark.getLine() + 1, mark.getColumn() + 1);
  }
}
