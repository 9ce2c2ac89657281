package dev.tollgate.lint.rules.argocd;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The glob dialect of Argo CD's {@code util/glob} (gobwas/glob): {@code *}, {@code ?}, {@code
 * [...]}, {@code {a,b}}, and with a separator {@code *} stops at it while {@code **} does not.
 */
final class Globs {
  private Globs() {}

  private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

  static boolean match(String glob, String value, boolean slashSeparates) {
    if (glob.equals("*")) {
      return true;
    }
    Pattern p =
        CACHE.computeIfAbsent(
            (slashSeparates ? "/" : "-") + glob, k -> compile(glob, slashSeparates));
    return p.matcher(value).matches();
  }

  private static Pattern compile(String glob, boolean slashSeparates) {
    StringBuilder re = new StringBuilder();
    String any = slashSeparates ? "[^/]" : ".";
    int depth = 0;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> {
          if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
            re.append(".*");
            i++;
          } else {
            re.append(any).append('*');
          }
        }
        case '?' -> re.append(any);
        case '[' -> {
          int close = glob.indexOf(']', i + 1);
          if (close < 0) {
            re.append("\\[");
          } else {
            String body = glob.substring(i + 1, close).replace("\\", "\\\\");
            re.append('[')
                .append(body.startsWith("!") ? "^" + body.substring(1) : body)
                .append(']');
            i = close;
          }
        }
        case '{' -> {
          re.append("(?:");
          depth++;
        }
        case '}' -> {
          if (depth > 0) {
            re.append(')');
            depth--;
          } else {
            re.append("\\}");
          }
        }
        case ',' -> re.append(depth > 0 ? "|" : ",");
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    while (depth-- > 0) {
      re.append(')');
    }
    try {
      return Pattern.compile(re.toString());
    } catch (RuntimeException e) {
      return Pattern.compile(Pattern.quote(glob));
    }
  }
}
