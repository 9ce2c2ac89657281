package dev.tollgate.core.yaml;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Loads YAML safely into position-keeping nodes. Tags never construct objects, duplicate keys,
 * non-UTF-8 bytes, binary content, oversize files, deep nesting and alias bombs are positioned
 * {@link InputException}s.
 */
public final class YamlLoader {

  private static final Set<String> SAFE_TAGS =
      Set.of(
          Tag.STR.getValue(),
          Tag.INT.getValue(),
          Tag.FLOAT.getValue(),
          Tag.BOOL.getValue(),
          Tag.NULL.getValue(),
          Tag.MAP.getValue(),
          Tag.SEQ.getValue(),
          Tag.BINARY.getValue(),
          Tag.SET.getValue(),
          "tag:yaml.org,2002:timestamp",
          "tag:yaml.org,2002:omap",
          "tag:yaml.org,2002:pairs");

  private final YamlLimits limits;

  public YamlLoader(YamlLimits limits) {
    this.limits = limits;
  }

  public YamlLoader() {
    this(YamlLimits.defaults());
  }

  /** Reads and loads {@code file}; {@code displayPath} is what messages print. */
  public YamlFile load(Path file, String displayPath) {
    try {
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        throw tooLarge(displayPath, size);
      }
      return load(displayPath, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new InputException(
          Diagnostic.error(
              Position.ofFile(displayPath),
              "io-error",
              "cannot read file: " + e.getMessage(),
              "Check that the file exists and is readable."),
          e);
    }
  }

  public YamlFile load(String displayPath, byte[] bytes) {
    if (bytes.length > limits.maxBytes()) {
      throw tooLarge(displayPath, bytes.length);
    }
    return loadText(displayPath, decode(displayPath, bytes));
  }

  /** Loads already-decoded text (no byte-level checks). */
  public YamlFile loadText(String displayPath, String text) {
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new InputException(
          Diagnostic.error(
              TextPositions.at(displayPath, text, nul),
              "yaml-binary",
              "file contains a NUL byte; it looks binary, not YAML",
              "Remove the file from the checked tree or exclude it in .tollgate.yaml."));
    }
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(displayPath)
            .setAllowDuplicateKeys(true) // reported below with both positions instead
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(limits.maxAliasesForCollections())
            .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
            .setUseMarks(true)
            .build();
    try {
      List<Node> documents = new ArrayList<>();
      try {
        for (Node document : new Compose(settings).composeAllFromString(text)) {
          if (document != null) {
            checkNode(displayPath, document);
            documents.add(document);
          }
        }
      } catch (StackOverflowError tooDeep) {
        // The composer recurses once per nesting level. Only a hostile file gets here; the flat
        // event stream then finds where it crosses the depth limit, for a positioned error.
        checkDepth(displayPath, settings, text);
        throw new InputException(
            Diagnostic.error(
                Position.ofFile(displayPath),
                "yaml-too-deep",
                "nesting too deep to load",
                "Flatten the structure; no manifest needs this depth."));
      }
      return new YamlFile(displayPath, documents);
    } catch (MarkedYamlEngineException e) {
      Position position =
          e.getProblemMark()
              .or(e::getContextMark)
              .map(m -> YamlFile.position(displayPath, m))
              .orElse(Position.ofFile(displayPath));
      throw new InputException(
          Diagnostic.error(position, "yaml-syntax", describe(e), syntaxHint(e)), e);
    } catch (YamlEngineException e) {
      String message = String.valueOf(e.getMessage());
      boolean aliases = message.contains("aliases");
      throw new InputException(
          Diagnostic.error(
              Position.ofFile(displayPath),
              aliases ? "yaml-alias-limit" : "yaml-syntax",
              aliases
                  ? "too many aliases to collections (more than "
                      + limits.maxAliasesForCollections()
                      + "); this looks like an alias bomb"
                  : message,
              aliases
                  ? "Write the repeated structure out, or use fewer anchors."
                  : "Fix the YAML syntax."),
          e);
    }
  }

  /** Finds, on the flat event stream, where a file crosses the depth limit. */
  private void checkDepth(String path, LoadSettings settings, String text) {
    int depth = 0;
    for (Event event : new Parse(settings).parseString(text)) {
      switch (event.getEventId()) {
        case MappingStart, SequenceStart -> {
          if (++depth > limits.maxDepth()) {
            Position position =
                event
                    .getStartMark()
                    .map(m -> YamlFile.position(path, m))
                    .orElse(Position.ofFile(path));
            throw new InputException(
                Diagnostic.error(
                    position,
                    "yaml-too-deep",
                    "nesting deeper than " + limits.maxDepth() + " levels",
                    "Flatten the structure; no manifest needs this depth."));
          }
        }
        case MappingEnd, SequenceEnd -> depth--;
        default -> {}
      }
    }
  }

  private void checkNode(String path, Node root) {
    // Aliases share node objects: each node is checked once (linear even for alias-heavy files),
    // and a node met again while its own subtree is open is a cycle such as "&a [*a]", which
    // would send every tree walker into endless recursion.
    IdentityHashMap<Node, Boolean> done = new IdentityHashMap<>();
    IdentityHashMap<Node, Boolean> open = new IdentityHashMap<>();
    ArrayDeque<Object> stack = new ArrayDeque<>();
    stack.push(new Visit(root, 1));
    while (!stack.isEmpty()) {
      Object top = stack.pop();
      if (top instanceof Exit exit) {
        open.remove(exit.node());
        done.put(exit.node(), Boolean.TRUE);
        continue;
      }
      Visit visit = (Visit) top;
      Node node = visit.node();
      if (open.containsKey(node)) {
        throw new InputException(
            Diagnostic.error(
                YamlFile.position(path, node),
                "yaml-recursive-alias",
                "alias refers to a collection that contains it; the document is infinite",
                "Remove the self-reference; an anchor cannot be used inside itself."));
      }
      if (done.containsKey(node)) {
        continue;
      }
      open.put(node, Boolean.TRUE);
      stack.push(new Exit(node));
      checkTag(path, node);
      int childDepth = visit.depth() + 1;
      if (node instanceof MappingNode mapping) {
        tooDeep(path, node, visit.depth());
        checkDuplicateKeys(path, mapping);
        for (NodeTuple tuple : mapping.getValue()) {
          stack.push(new Visit(tuple.getKeyNode(), childDepth));
          stack.push(new Visit(tuple.getValueNode(), childDepth));
        }
      } else if (node instanceof SequenceNode sequence) {
        tooDeep(path, node, visit.depth());
        sequence.getValue().forEach(item -> stack.push(new Visit(item, childDepth)));
      }
    }
  }

  /** A node to check and its nesting level (the root collection is level 1). */
  private record Visit(Node node, int depth) {}

  /** Marks the end of a node's subtree in the depth-first walk of {@link #checkNode}. */
  private record Exit(Node node) {}

  private void tooDeep(String path, Node collection, int depth) {
    if (depth > limits.maxDepth()) {
      throw new InputException(
          Diagnostic.error(
              YamlFile.position(path, collection),
              "yaml-too-deep",
              "nesting deeper than " + limits.maxDepth() + " levels",
              "Flatten the structure; no manifest needs this depth."));
    }
  }

  private static void checkTag(String path, Node node) {
    String tag = node.getTag().getValue();
    if (!SAFE_TAGS.contains(tag)) {
      throw new InputException(
          Diagnostic.error(
              YamlFile.position(path, node),
              "yaml-unsafe-tag",
              "tag \"" + tag + "\" is not allowed; tags never construct objects here",
              "Remove the tag; write plain YAML values."));
    }
  }

  private static void checkDuplicateKeys(String path, MappingNode mapping) {
    Map<String, Node> keys = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode scalar) {
        Node previous = keys.putIfAbsent(scalar.getValue(), scalar);
        if (previous != null) {
          throw new InputException(
              Diagnostic.error(
                  YamlFile.position(path, scalar),
                  "yaml-duplicate-key",
                  "duplicate key \""
                      + scalar.getValue()
                      + "\" (first defined at line "
                      + YamlFile.position(path, previous).line()
                      + ")",
                  "Remove one of the two keys; YAML tools disagree on which one wins."));
        }
      }
    }
  }

  private static String decode(String path, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes);
      String prefix = new String(bytes, 0, bad, StandardCharsets.UTF_8);
      throw new InputException(
          Diagnostic.error(
              TextPositions.at(path, prefix, prefix.length()),
              "yaml-encoding",
              String.format("invalid UTF-8 byte 0x%02x", bytes[bad] & 0xff),
              "Save the file as UTF-8."));
    }
  }

  /** The offset of the first byte that is not valid UTF-8. */
  private static int firstInvalidUtf8(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(in, out, true);
    return Math.min(in.position(), bytes.length - 1);
  }

  private InputException tooLarge(String path, long size) {
    return new InputException(
        Diagnostic.error(
            Position.ofFile(path),
            "yaml-too-large",
            "file is " + size + " bytes, over the limit of " + limits.maxBytes() + " bytes",
            "Split the file, exclude it, or raise maxFileBytes in .tollgate.yaml."));
  }

  private static String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem();
    String context = e.getContext();
    if (problem == null || problem.isBlank()) {
      return context == null ? "YAML syntax error" : context;
    }
    return context == null || context.isBlank() ? problem : context + ": " + problem;
  }

  private static String syntaxHint(MarkedYamlEngineException e) {
    String problem = String.valueOf(e.getProblem());
    if (problem.contains("\\t") || problem.contains("tab")) {
      return "Indent with spaces; YAML does not allow tabs for indentation.";
    }
    return "Fix the YAML syntax at this position.";
  }
}
