package dev.tollgate.rules;

import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;

/**
 * Maps an offset inside a YAML scalar's text (a PromQL query, a template) to a file position: plain
 * scalars start at their column, quoted ones one further, and block scalars ({@code |}) on the next
 * line, indented two columns past their key (Prometheus's {@code LineOffset} idea, spec style §10).
 */
final class ExprPositions {
  private ExprPositions() {}

  static Position at(YMap parent, String key, String text, int offset) {
    if (parent == null) {
      return null;
    }
    YNode node = parent.child(key);
    if (!(node instanceof YScalar scalar)) {
      return parent.keyPosition(key);
    }
    Position start = scalar.position();
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int lineInText = 0;
    int lineStart = 0;
    for (int i = 0; i < clamped; i++) {
      if (text.charAt(i) == '\n') {
        lineInText++;
        lineStart = i + 1;
      }
    }
    int columnInLine = clamped - lineStart;
    boolean block = !scalar.plain() && start.line() < lineOfContent(scalar, text);
    if (block) {
      int indent = parent.keyPosition(key).column() + 2;
      return new Position(start.path(), start.line() + 1 + lineInText, indent + columnInLine);
    }
    if (lineInText > 0) {
      return new Position(start.path(), start.line() + lineInText, 1 + columnInLine);
    }
    int quote = scalar.plain() ? 0 : 1;
    return new Position(start.path(), start.line(), start.column() + quote + columnInLine);
  }

  /** Block scalars keep a final newline (clip chomping); quoted and plain ones do not. */
  private static int lineOfContent(YScalar scalar, String text) {
    return text.endsWith("\n") ? scalar.position().line() + 1 : scalar.position().line();
  }
}
