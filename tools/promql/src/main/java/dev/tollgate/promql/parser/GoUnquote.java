package dev.tollgate.promql.parser;

/** Go's {@code strconv.Unquote} for "double", 'single' and `raw` PromQL strings. */
final class GoUnquote {
  private GoUnquote() {}

  static String unquote(String quoted) {
    char q = quoted.charAt(0);
    String body = quoted.substring(1, quoted.length() - 1);
    if (q == '`') {
      return body.replace("\r", "");
    }
    StringBuilder sb = new StringBuilder(body.length());
    java.io.ByteArrayOutputStream pendingBytes = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < body.length(); ) {
      char c = body.charAt(i);
      if (c != '\\') {
        flush(pendingBytes, sb);
        if (c == q) {
          throw new IllegalArgumentException("invalid syntax");
        }
        sb.append(c);
        i++;
        continue;
      }
      if (i + 1 >= body.length()) {
        throw new IllegalArgumentException("invalid syntax");
      }
      char e = body.charAt(i + 1);
      i += 2;
      switch (e) {
        case 'a' -> append(pendingBytes, sb, 7);
        case 'b' -> append(pendingBytes, sb, 8);
        case 'f' -> append(pendingBytes, sb, 12);
        case 'n' -> append(pendingBytes, sb, '\n');
        case 'r' -> append(pendingBytes, sb, '\r');
        case 't' -> append(pendingBytes, sb, '\t');
        case 'v' -> append(pendingBytes, sb, 11);
        case '\\' -> append(pendingBytes, sb, '\\');
        case '\'', '"' -> {
          if (e != q) {
            throw new IllegalArgumentException("invalid syntax");
          }
          append(pendingBytes, sb, e);
        }
        case 'x' -> {
          pendingBytes.write(Integer.parseInt(hex(body, i, 2), 16));
          i += 2;
        }
        case 'u' -> {
          flush(pendingBytes, sb);
          sb.appendCodePoint(Integer.parseInt(hex(body, i, 4), 16));
          i += 4;
        }
        case 'U' -> {
          flush(pendingBytes, sb);
          sb.appendCodePoint(Integer.parseInt(hex(body, i, 8), 16));
          i += 8;
        }
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          String oct = body.substring(i - 1, Math.min(body.length(), i + 2));
          if (oct.length() < 3 || !oct.matches("[0-7]{3}")) {
            throw new IllegalArgumentException("invalid syntax");
          }
          int v = Integer.parseInt(oct, 8);
          if (v > 255) {
            throw new IllegalArgumentException("invalid syntax");
          }
          pendingBytes.write(v);
          i += 2;
        }
        default -> throw new IllegalArgumentException("invalid syntax");
      }
    }
    flush(pendingBytes, sb);
    return sb.toString();
  }

  private static String hex(String s, int from, int n) {
    if (from + n > s.length()) {
      throw new IllegalArgumentException("invalid syntax");
    }
    String h = s.substring(from, from + n);
    if (!h.matches("[0-9a-fA-F]+")) {
      throw new IllegalArgumentException("invalid syntax");
    }
    return h;
  }

  private static void append(java.io.ByteArrayOutputStream pending, StringBuilder sb, int c) {
    flush(pending, sb);
    sb.append((char) c);
  }

  /** Raw bytes from \x and octal escapes are decoded as UTF-8 together, like Go strings. */
  private static void flush(java.io.ByteArrayOutputStream pending, StringBuilder sb) {
    if (pending.size() > 0) {
      sb.append(new String(pending.toByteArray(), java.nio.charset.StandardCharsets.UTF_8));
      pending.reset();
    }
  }
}
