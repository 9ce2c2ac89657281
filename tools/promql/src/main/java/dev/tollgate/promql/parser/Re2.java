package dev.tollgate.promql.parser;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles RE2 regexes with java.util.regex, fully anchored like Prometheus ({@code ^(?s:re)$}).
 * Constructs that Java accepts but RE2 rejects (look-around, back-references, possessive and atomic
 * groups) are rejected rather than silently given Java semantics.
 */
public final class Re2 {
  private Re2() {}

  public static Pattern compileAnchored(String re) {
    return Pattern.compile("(?:" + translate(re) + ")", Pattern.DOTALL);
  }

  /** Unanchored compile, for label_replace's find semantics where needed. */
  public static Pattern compile(String re) {
    return Pattern.compile(translate(re), Pattern.DOTALL);
  }

  static String translate(String re) {
    StringBuilder out = new StringBuilder(re.length() + 8);
    boolean inClass = false;
    for (int i = 0; i < re.length(); i++) {
      char c = re.charAt(i);
      if (c == '\\') {
        if (i + 1 >= re.length()) {
          throw new IllegalArgumentException("trailing backslash at end of expression: ``");
        }
        char n = re.charAt(i + 1);
        if (Character.isDigit(n) && n != '0' && !inClass) {
          throw new IllegalArgumentException("invalid escape sequence: `\\" + n + "`");
        }
        if (n == 'z') {
          out.append("\\z");
        } else if (n == 'C' || n == 'Z' || n == 'G' || n == 'R' || n == 'X' || n == 'h' || n == 'H'
            || n == 'V' || n == 'k') {
          throw new IllegalArgumentException("invalid escape sequence: `\\" + n + "`");
        } else {
          out.append(c).append(n);
        }
        i++;
        continue;
      }
      if (inClass) {
        if (c == '[' && i + 1 < re.length() && re.charAt(i + 1) == ':') {
          int close = re.indexOf(":]", i + 2);
          if (close > 0) {
            String name = re.substring(i + 2, close);
            out.append(posixClass(name));
            i = close + 1;
            continue;
          }
        }
        if (c == '[') {
          out.append("\\[");
          continue;
        }
        if (c == '&' && i + 1 < re.length() && re.charAt(i + 1) == '&') {
          out.append("&\\&");
          i++;
          continue;
        }
        if (c == ']') {
          inClass = false;
        }
        out.append(c);
        continue;
      }
      if (c == '[') {
        inClass = true;
        out.append(c);
        if (i + 1 < re.length() && re.charAt(i + 1) == '^') {
          out.append('^');
          i++;
        }
        if (i + 1 < re.length() && re.charAt(i + 1) == ']') {
          out.append("\\]");
          i++;
        }
        continue;
      }
      if (c == '(' && i + 2 < re.length() && re.charAt(i + 1) == '?') {
        char k = re.charAt(i + 2);
        if (k == '='
            || k == '!'
            || k == '>'
            || (k == '<'
                && i + 3 < re.length()
                && (re.charAt(i + 3) == '=' || re.charAt(i + 3) == '!'))) {
          throw new IllegalArgumentException("invalid or unsupported Perl syntax: `(?" + k + "`");
        }
        if (k == 'P' && i + 3 < re.length() && re.charAt(i + 3) == '<') {
          out.append("(?<");
          i += 3;
          continue;
        }
      }
      if ((c == '+' || c == '*' || c == '?' || c == '}')
          && i + 1 < re.length()
          && re.charAt(i + 1) == '+') {
        throw new IllegalArgumentException("invalid nested repetition operator: `" + c + "+`");
      }
      out.append(c);
    }
    String translated = out.toString();
    try {
      Pattern.compile(translated);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(e.getDescription() + ": `" + re + "`");
    }
    return translated;
  }

  private static String posixClass(String name) {
    return switch (name) {
      case "alnum" -> "\\p{Alnum}";
      case "alpha" -> "\\p{Alpha}";
      case "ascii" -> "\\p{ASCII}";
      case "blank" -> "\\p{Blank}";
      case "cntrl" -> "\\p{Cntrl}";
      case "digit" -> "\\p{Digit}";
      case "graph" -> "\\p{Graph}";
      case "lower" -> "\\p{Lower}";
      case "print" -> "\\p{Print}";
      case "punct" -> "\\p{Punct}";
      case "space" -> "\\s";
      case "upper" -> "\\p{Upper}";
      case "word" -> "\\w";
      case "xdigit" -> "\\p{XDigit}";
      default ->
          throw new IllegalArgumentException("invalid character class range: `[:" + name + ":]`");
    };
  }
}
