package dev.tollgate.expr;

/** The expression text, turning offsets into 1-based line:column for errors. */
record Source(String text) {

  ExprException error(int offset, String format, Object... args) {
    int line = 1;
    int column = 1;
    int end = Math.min(Math.max(offset, 0), text.length());
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new ExprException(line, column, args.length == 0 ? format : String.format(format, args));
  }
}
