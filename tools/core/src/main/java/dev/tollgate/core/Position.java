package dev.tollgate.core;

/**
 * A place in a file, 1-based. Line 0 means "the file as a whole" (e.g. it could not be read);
 * column 0 means "the whole line".
 */
public record Position(String path, int line, int column) implements Comparable<Position> {

  public static Position ofFile(String path) {
    return new Position(path, 0, 0);
  }

  /** Renders {@code path:line:col}, dropping the parts that are 0. */
  @Override
  public String toString() {
    if (line <= 0) {
      return path;
    }
    return column <= 0 ? path + ":" + line : path + ":" + line + ":" + column;
  }

  @Override
  public int compareTo(Position other) {
    int byPath = path.compareTo(other.path);
    if (byPath != 0) {
      return byPath;
    }
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }
}
