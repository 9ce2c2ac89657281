package dev.tollgate.flags.load;

import java.util.regex.Pattern;

/**
 * The glob syntax of Flipt v1's {@code .flipt.yml} index (gobwas/glob compiled without separators,
 * so {@code *} also crosses {@code /}): {@code *}, {@code **}, {@code ?}, {@code [...]}, {@code
 * {a,b}}.
 */
final class Globs {
  private Globs() {}

  static Pattern compile(String glob) {
    StringBuilder re = new StringBuilder();
    int braces = 0;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> re.append(".*");
        case '?' -> re.append('.');
        case '[' -> {
          int end = glob.indexOf(']', i + 1);
          if (end < 0) {
            re.append("\\[");
          } else {
            String body = glob.substring(i + 1, end);
            re.append('[')
                .append(body.startsWith("!") ? "^" + body.substring(1) : body)
                .append(']');
            i = end;
          }
        }
        case '{' -> {
          braces++;
          re.append("(?:");
        }
        case '}' -> {
          if (braces > 0) {
            braces--;
            re.append(')');
          } else {
            re.append("\\}");
          }
        }
        case ',' -> re.append(braces > 0 ? "|" : ",");
        case '\\' -> {
          if (i + 1 < glob.length()) {
            re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
          }
        }
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    while (braces-- > 0) {
      re.append(')');
    }
    return Pattern.compile(re.toString());
  }
}
