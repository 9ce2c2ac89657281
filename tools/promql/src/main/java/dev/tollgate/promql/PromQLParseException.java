package dev.tollgate.promql;

/**
 * A query that does not parse. {@link #getMessage()} is Prometheus's text, e.g. {@code 1:3: parse
 * error: unexpected end of input}; offsets are 0-based char offsets into the query.
 */
public final class PromQLParseException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int startOffset;
  private final int endOffset;
  private final String rawMessage;

  public PromQLParseException(String query, int startOffset, int endOffset, String rawMessage) {
    super(position(query, startOffset) + ": parse error: " + rawMessage);
    this.startOffset = startOffset;
    this.endOffset = endOffset;
    this.rawMessage = rawMessage;
  }

  public int startOffset() {
    return startOffset;
  }

  public int endOffset() {
    return endOffset;
  }

  public String rawMessage() {
    return rawMessage;
  }

  /** Prometheus's {@code PositionRange.StartPosInput}: 1-based line, 1-based column in bytes. */
  static String position(String query, int offset) {
    int charPos = Math.max(0, Math.min(offset, query.length()));
    byte[] bytes = query.substring(0, charPos).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int pos = bytes.length;
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < pos; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return line + ":" + (pos - lineStart + 1);
  }
}
