package dev.tollgate.core.yaml;

import dev.tollgate.core.Position;

/** Converts a character offset in a text into a 1-based line and column. */
public final class TextPositions {
  private TextPositions() {}

  public static Position at(String path, String text, int offset) {
    int line = 1;
    int column = 1;
    int end = Math.min(offset, text.length());
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Position(path, line, column);
  }
}
