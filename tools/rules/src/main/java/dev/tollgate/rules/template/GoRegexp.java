package dev.tollgate.rules.template;

import dev.tollgate.rules.template.TemplateFunctions.FnError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Go's {@code regexp} behaviour the template functions need, on top of java.util.regex. */
final class GoRegexp {
  private GoRegexp() {}

  static Pattern compile(String pattern) throws FnError {
    try {
      return Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new FnError("error parsing regexp: " + goMessage(e) + ": `" + pattern + "`");
    }
  }

  /** Go's {@code Regexp.ReplaceAllString}: {@code $name} takes the longest word, {@code ${x}}. */
  static String replaceAll(String pattern, String replacement, String text) throws FnError {
    Matcher m = compile(pattern).matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start());
      expand(out, replacement, m);
      last = m.end();
    }
    out.append(text.substring(Math.min(last, text.length())));
    return out.toString();
  }

  private static void expand(StringBuilder out, String template, Matcher m) {
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c != '$' || i + 1 >= template.length()) {
        out.append(c);
        continue;
      }
      char next = template.charAt(i + 1);
      if (next == '$') {
        out.append('$');
        i++;
        continue;
      }
      String name;
      int end;
      if (next == '{') {
        int close = template.indexOf('}', i + 2);
        if (close < 0) {
          out.append(c);
          continue;
        }
        name = template.substring(i + 2, close);
        end = close;
      } else {
        int j = i + 1;
        while (j < template.length()
            && (Character.isLetterOrDigit(template.charAt(j)) || template.charAt(j) == '_')) {
          j++;
        }
        if (j == i + 1) {
          out.append(c);
          continue;
        }
        name = template.substring(i + 1, j);
        end = j - 1;
      }
      out.append(group(m, name));
      i = end;
    }
  }

  private static String group(Matcher m, String name) {
    try {
      String g =
          name.chars().allMatch(Character::isDigit)
              ? (Integer.parseInt(name) <= m.groupCount() ? m.group(Integer.parseInt(name)) : null)
              : m.group(name);
      return g == null ? "" : g;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** Go's regexp/syntax wording for the errors Java reports differently. */
  private static String goMessage(PatternSyntaxException e) {
    String d = e.getDescription();
    if (d.startsWith("Unclosed character class")) {
      return "missing closing ]";
    }
    if (d.startsWith("Unclosed group")) {
      return "missing closing )";
    }
    if (d.startsWith("Unmatched closing ')'")) {
      return "unexpected )";
    }
    if (d.startsWith("Dangling meta character")) {
      return "missing argument to repetition operator";
    }
    if (d.startsWith("Illegal/unsupported escape sequence")) {
      return "invalid escape sequence";
    }
    if (d.startsWith("Illegal character range")) {
      return "invalid character class range";
    }
    return d;
  }
}
