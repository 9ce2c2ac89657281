package dev.tollgate.analysis.template;

import java.util.Map;

/**
 * Argo's {@code {{args.NAME}}} substitution ({@code utils/template/template.go}): every {@code
 * {{...}}} tag, whitespace trimmed, must name a supplied arg.
 */
public final class ArgTemplating {
  private ArgTemplating() {}

  /** Thrown with Argo's wording, e.g. {@code failed to resolve {{args.x}}}. */
  public static final class UnresolvedTag extends Exception {
    private static final long serialVersionUID = 1L;

    UnresolvedTag(String message) {
      super(message);
    }
  }

  /**
   * Replaces each tag with the value of {@code args.get("args.NAME")}.
   *
   * @param args keyed {@code args.NAME}
   */
  public static String resolve(String text, Map<String, String> args) throws UnresolvedTag {
    if (!text.contains("{{")) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    while (true) {
      int open = text.indexOf("{{", at);
      if (open < 0) {
        out.append(text, at, text.length());
        return out.toString();
      }
      int close = text.indexOf("}}", open + 2);
      if (close < 0) {
        throw new UnresolvedTag("cannot find end tag=\"}}\" in the template");
      }
      out.append(text, at, open);
      String tag = text.substring(open + 2, close);
      String value = args.get(tag.trim());
      if (value == null) {
        throw new UnresolvedTag("failed to resolve {{" + tag + "}}");
      }
      out.append(value);
      at = close + 2;
    }
  }
}
