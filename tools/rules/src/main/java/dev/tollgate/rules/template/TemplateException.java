package dev.tollgate.rules.template;

/** A template that does not parse or fails while executing; {@code offset} is into the source. */
public final class TemplateException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int offset;

  public TemplateException(String message, int offset) {
    super(message);
    this.offset = offset;
  }

  public int offset() {
    return offset;
  }
}
