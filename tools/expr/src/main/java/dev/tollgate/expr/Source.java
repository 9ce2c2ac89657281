package dev.tollgate.expr;

import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;

/** The expression text, turning offsets into 1-based line:column for errors. */
record Source(String text) {

  @FormatMethod
  ExprException error(int offset, @FormatString String format, Object... args) {
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
