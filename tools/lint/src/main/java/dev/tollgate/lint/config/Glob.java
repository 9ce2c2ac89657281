package dev.tollgate.lint.config;

import java.util.regex.Pattern;

/**
 * A path glob over '/'-separated relative paths: {@code *} matches within one segment, {@code **}
 * across segments, {@code ?} one character. A glob without '/' matches the file or folder name at
 * any depth (like .gitignore), so {@code vendor} skips every folder called vendor.
 */
public final class Glob {
  private final String text;
  private final Pattern pattern;

  public Glob(String text) {
    this.text = text;
    String glob = text.startsWith("/") ? text.substring(1) : text;
    if (glob.endsWith("/")) {
      glob = glob.substring(0, glob.length() - 1);
    }
    boolean anyDepth = !glob.contains("/") && !text.startsWith("/");
    this.pattern = Pattern.compile((anyDepth ? "(?:.*/)?" : "") + toRegex(glob) + "(?:/.*)?");
  }

  public boolean matches(String relativePath) {
    return pattern.matcher(relativePath).matches();
  }

  @Override
  public String toString() {
    return text;
  }

  private static String toRegex(String glob) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*') {
        if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
          boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
          out.append(slashAfter ? "(?:.*/)?" : ".*");
          i += slashAfter ? 2 : 1;
        } else {
          out.append("[^/]*");
        }
      } else if (c == '?') {
        out.append("[^/]");
      } else {
        out.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return out.toString();
  }
}
