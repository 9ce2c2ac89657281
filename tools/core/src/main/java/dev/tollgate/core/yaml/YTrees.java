package dev.tollgate.core.yaml;

import dev.tollgate.core.Position;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Converts snakeyaml-engine nodes into {@link YNode} trees. */
public final class YTrees {
  private YTrees() {}

  /** Every document of {@code file} as a tree. */
  public static List<YNode> documents(YamlFile file) {
    List<YNode> out = new ArrayList<>(file.documents().size());
    for (Node document : file.documents()) {
      out.add(of(file.path(), document));
    }
    return out;
  }

  public static YNode of(String path, Node node) {
    return new Converter(path).convert(node);
  }

  /** Aliased nodes are converted once and shared, so the tree is as small as the file. */
  private static final class Converter {
    private final String path;
    private final IdentityHashMap<Node, YNode> done = new IdentityHashMap<>();

    Converter(String path) {
      this.path = path;
    }

    YNode convert(Node node) {
      YNode cached = done.get(node);
      if (cached != null) {
        return cached;
      }
      Position position = YamlFile.position(path, node);
      YNode result;
      if (node instanceof MappingNode mapping) {
        Map<String, YNode.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
          Node key = tuple.getKeyNode();
          String keyText =
              key instanceof ScalarNode s ? s.getValue() : String.valueOf(convert(key).toJava());
          if (keyText.equals("<<") && tuple.getValueNode() instanceof MappingNode) {
            // merge key: keys written here win over merged ones
            YNode merged = convert(tuple.getValueNode());
            ((YNode.YMap) merged).entries().forEach(entries::putIfAbsent);
            continue;
          }
          entries.put(
              keyText,
              new YNode.Entry(
                  keyText, YamlFile.position(path, key), convert(tuple.getValueNode())));
        }
        result = new YNode.YMap(position, entries);
      } else if (node instanceof SequenceNode sequence) {
        List<YNode> items = new ArrayList<>(sequence.getValue().size());
        for (Node item : sequence.getValue()) {
          items.add(convert(item));
        }
        result = new YNode.YSeq(position, items);
      } else {
        ScalarNode scalar = (ScalarNode) node;
        result =
            new YNode.YScalar(
                position,
                scalar.getValue(),
                ScalarType.ofTag(scalar.getTag().getValue()),
                scalar.getScalarStyle() == ScalarStyle.PLAIN);
      }
      done.put(node, result);
      return result;
    }
  }
}
