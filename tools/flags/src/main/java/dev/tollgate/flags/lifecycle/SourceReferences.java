package dev.tollgate.flags.lifecycle;

import dev.tollgate.core.Position;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds flag keys in application source. Two kinds of hits: <em>mentions</em> (any string literal,
 * enough to count a flag as used) and <em>references</em> (a literal that is certainly a flag key:
 * passed to an OpenFeature/Flipt evaluation call, or assigned to a constant whose name contains
 * {@code FLAG}), which must name a defined flag.
 */
public final class SourceReferences {
  private static final Set<String> EXTENSIONS =
      Set.of("java", "kt", "kts", "groovy", "scala", "js", "ts", "tsx", "jsx", "go", "py", "rb");
  private static final Pattern LITERAL = Pattern.compile("\"([-_,A-Za-z0-9]+)\"");
  private static final Pattern REFERENCE =
      Pattern.compile(
          "(?:\\b(?:get(?:Boolean|String|Integer|Double|Long|Object)(?:Value|Details)"
              + "|evaluate(?:Variant|Boolean)|isEnabled)\\s*\\(\\s*"
              + "|\\b[A-Z0-9_]*FLAG[A-Z0-9_]*\\s*=\\s*)\"([-_,A-Za-z0-9]+)\"");

  /** Every literal text with its first position, and the certain flag references. */
  public record Scan(Map<String, Position> mentions, Map<String, List<Position>> references) {}

  private SourceReferences() {}

  public static Scan scan(Path repoRoot, List<String> roots) {
    Map<String, Position> mentions = new LinkedHashMap<>();
    Map<String, List<Position>> references = new LinkedHashMap<>();
    for (String root : roots) {
      Path dir = repoRoot.resolve(root);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(dir)) {
        files =
            walk.filter(Files::isRegularFile).filter(SourceReferences::isSource).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (Path file : files) {
        String display = repoRoot.relativize(file).toString().replace('\\', '/');
        String text;
        try {
          text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
          continue; // an unreadable source file is not the flag policy's concern
        }
        Matcher m = LITERAL.matcher(text);
        while (m.find()) {
          mentions.putIfAbsent(m.group(1), position(display, text, m.start(1)));
        }
        Matcher r = REFERENCE.matcher(text);
        while (r.find()) {
          references
              .computeIfAbsent(r.group(1), k -> new ArrayList<>())
              .add(position(display, text, r.start(1) - 1));
        }
      }
    }
    return new Scan(mentions, references);
  }

  private static boolean isSource(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
  }

  private static Position position(String path, String text, int offset) {
    return dev.tollgate.core.yaml.TextPositions.at(path, text, offset);
  }
}
