package dev.tollgate.lint.rules;

import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode.YScalar;
import dev.tollgate.lint.api.SourceFile;
import dev.tollgate.lint.api.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps an offset inside a scalar's text (a PromQL query, an expr condition) to a file position:
 * column = scalar start + offset on one-line scalars (+1 past an opening quote); for {@code |}
 * block scalars, line = scalar line + 1 + line inside the text, and the column comes from the
 * file's own indentation when the file can be read.
 */
public final class EmbeddedText {
  private EmbeddedText() {}

  private static final Map<String, List<String>> LINES = new ConcurrentHashMap<>();

  public static Position position(Workspace workspace, YScalar scalar, int offset) {
    String text = scalar.text();
    Position start = scalar.position();
    int clamped = Math.max(0, Math.min(offset, text.length()));
    if (text.indexOf('\n') < 0) {
      if (scalar.plain()) {
        return new Position(start.path(), start.line(), start.column() + clamped);
      }
      int column = quotedColumn(workspace, scalar, clamped);
      return new Position(
          start.path(), start.line(), column > 0 ? column : start.column() + 1 + clamped);
    }
    if (scalar.plain()) {
      return start;
    }
    int lineIndex = 0;
    int lineStart = 0;
    for (int i = 0; i < clamped; i++) {
      if (text.charAt(i) == '\n') {
        lineIndex++;
        lineStart = i + 1;
      }
    }
    int fileLine = start.line() + 1 + lineIndex;
    int indent = blockIndent(workspace, scalar);
    if (indent < 0) {
      return new Position(start.path(), fileLine, 0);
    }
    return new Position(start.path(), fileLine, indent + 1 + (clamped - lineStart));
  }

  /**
   * The 1-based column of decoded character {@code offset} of a one-line quoted scalar, walking the
   * source so escapes ({@code \"}, {@code \u00e9}, {@code ''}) count as what they decode to; 0 when
   * the file cannot be read.
   */
  private static int quotedColumn(Workspace workspace, YScalar scalar, int offset) {
    List<String> lines = lines(workspace, scalar.position().path());
    int lineIndex = scalar.position().line() - 1;
    if (lines == null || lineIndex < 0 || lineIndex >= lines.size()) {
      return 0;
    }
    String line = lines.get(lineIndex);
    int i = scalar.position().column() - 1;
    if (i < 0 || i >= line.length() || (line.charAt(i) != '"' && line.charAt(i) != '\'')) {
      return 0;
    }
    char quote = line.charAt(i++);
    for (int decoded = 0; decoded < offset && i < line.length(); decoded++) {
      char c = line.charAt(i);
      if (quote == '"' && c == '\\' && i + 1 < line.length()) {
        char kind = line.charAt(i + 1);
        i += kind == 'x' ? 4 : kind == 'u' ? 6 : kind == 'U' ? 10 : 2;
      } else if (quote == '\''
          && c == '\''
          && i + 1 < line.length()
          && line.charAt(i + 1) == '\'') {
        i += 2;
      } else {
        i++;
      }
    }
    return i + 1;
  }

  /** The block scalar's indentation read from the file, or -1 when the file is not readable. */
  private static int blockIndent(Workspace workspace, YScalar scalar) {
    List<String> lines = lines(workspace, scalar.position().path());
    String[] content = scalar.text().split("\n", -1);
    for (int k = 0; k < content.length; k++) {
      if (content[k].isBlank()) {
        continue;
      }
      int fileIndex = scalar.position().line() + k; // 0-based index of file line (line + 1 + k) - 1
      if (lines == null || fileIndex >= lines.size()) {
        return -1;
      }
      return leading(lines.get(fileIndex)) - leading(content[k]);
    }
    return -1;
  }

  private static int leading(String s) {
    int n = 0;
    while (n < s.length() && s.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  private static List<String> lines(Workspace workspace, String path) {
    for (SourceFile file : workspace.files()) {
      if (file.path().equals(path)) {
        String key;
        try {
          key =
              file.absolutePath().toAbsolutePath()
                  + "@"
                  + Files.getLastModifiedTime(file.absolutePath());
        } catch (IOException | RuntimeException e) {
          return null;
        }
        List<String> cached = LINES.get(key);
        if (cached != null) {
          return cached;
        }
        try {
          List<String> read = Files.readAllLines(file.absolutePath(), StandardCharsets.UTF_8);
          if (LINES.size() > 256) {
            LINES.clear();
          }
          LINES.put(key, read);
          return read;
        } catch (IOException | RuntimeException e) {
          return null;
        }
      }
    }
    return null;
  }
}
