package dev.tollgate.rules.template;

import java.util.List;
import java.util.Map;

/**
 * Go's {@code fmt.Sprintf} for the verbs alert templates use: {@code %v %s %d %f %e %E %g %G %x %X
 * %q %t %%} with flags {@code - + 0 space} and width/precision. Wrong argument types print Go's
 * {@code %!d(float64=1.5)} instead of failing, as Go does.
 */
public final class GoPrintf {
  private GoPrintf() {}

  public static String sprintf(String format, List<Object> args) {
    StringBuilder out = new StringBuilder();
    int argIndex = 0;
    int i = 0;
    while (i < format.length()) {
      char c = format.charAt(i);
      if (c != '%') {
        out.append(c);
        i++;
        continue;
      }
      i++;
      boolean minus = false;
      boolean plus = false;
      boolean zero = false;
      boolean space = false;
      boolean sharp = false;
      for (; i < format.length(); i++) {
        char f = format.charAt(i);
        if (f == '-') {
          minus = true;
        } else if (f == '+') {
          plus = true;
        } else if (f == '0') {
          zero = true;
        } else if (f == ' ') {
          space = true;
        } else if (f == '#') {
          sharp = true;
        } else {
          break;
        }
      }
      int width = -1;
      int start = i;
      while (i < format.length() && Character.isDigit(format.charAt(i))) {
        i++;
      }
      if (i > start) {
        width = Integer.parseInt(format.substring(start, i));
      }
      int prec = -1;
      if (i < format.length() && format.charAt(i) == '.') {
        i++;
        start = i;
        while (i < format.length() && Character.isDigit(format.charAt(i))) {
          i++;
        }
        prec = i > start ? Integer.parseInt(format.substring(start, i)) : 0;
      }
      if (i >= format.length()) {
        out.append("%!(NOVERB)");
        break;
      }
      char verb = format.charAt(i++);
      if (verb == '%') {
        out.append('%');
        continue;
      }
      if (argIndex >= args.size()) {
        out.append("%!").append(verb).append("(MISSING)");
        continue;
      }
      Object arg = args.get(argIndex++);
      String body = formatOne(verb, arg, prec, plus, space, sharp);
      out.append(pad(body, width, minus, zero && !minus && isNumber(arg)));
    }
    if (argIndex < args.size()) {
      out.append("%!(EXTRA ");
      for (int k = argIndex; k < args.size(); k++) {
        if (k > argIndex) {
          out.append(", ");
        }
        out.append(goType(args.get(k))).append('=').append(TemplateValues.print(args.get(k)));
      }
      out.append(')');
    }
    return out.toString();
  }

  private static boolean isNumber(Object arg) {
    return arg instanceof Double || arg instanceof Long;
  }

  private static String formatOne(
      char verb, Object arg, int prec, boolean plus, boolean space, boolean sharp) {
    if (arg instanceof Double d) {
      switch (verb) {
        case 'v', 'g', 'G', 'e', 'E', 'f', 'F' -> {
          char fmt = verb == 'v' ? 'g' : verb == 'F' ? 'f' : verb;
          // Go: %e and %f default to 6 decimals; %g and %v to the shortest representation
          int precision = prec < 0 && "eEfF".indexOf(verb) >= 0 ? 6 : prec;
          String s = GoFloats.format(d, fmt, precision);
          return sign(s, plus, space, d);
        }
        default -> {
          return bad(verb, arg);
        }
      }
    }
    if (arg instanceof Long l) {
      switch (verb) {
        case 'v', 'd' -> {
          return sign(Long.toString(l), plus, space, l.doubleValue());
        }
        case 'x' -> {
          return Long.toHexString(l);
        }
        case 'X' -> {
          return Long.toHexString(l).toUpperCase(java.util.Locale.ROOT);
        }
        case 'f', 'e', 'g', 'E', 'G' -> {
          return bad(verb, arg);
        }
        case 'q' -> {
          return "'" + new String(Character.toChars((int) (long) l)) + "'";
        }
        default -> {
          return bad(verb, arg);
        }
      }
    }
    if (arg instanceof String s) {
      switch (verb) {
        case 'v', 's' -> {
          return prec >= 0 && prec < s.length() ? s.substring(0, prec) : s;
        }
        case 'q' -> {
          return sharp && !s.contains("`") ? "`" + s + "`" : dev.tollgate.promql.GoStrings.quote(s);
        }
        case 'x' -> {
          return hex(s, false);
        }
        case 'X' -> {
          return hex(s, true);
        }
        default -> {
          return bad(verb, arg);
        }
      }
    }
    if (arg instanceof Boolean b) {
      return verb == 'v' || verb == 't' ? b.toString() : bad(verb, arg);
    }
    if (arg == null) {
      return verb == 'v' ? "<nil>" : "%!" + verb + "(<nil>)";
    }
    return verb == 'v' || verb == 's' ? TemplateValues.print(arg) : bad(verb, arg);
  }

  private static String sign(String s, boolean plus, boolean space, double value) {
    if (s.startsWith("-") || s.startsWith("+") || Double.isNaN(value)) {
      if (Double.isNaN(value) && plus) {
        return "+" + s;
      }
      return s;
    }
    return plus ? "+" + s : space ? " " + s : s;
  }

  private static String hex(String s, boolean upper) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      sb.append(String.format(upper ? "%02X" : "%02x", b & 0xff));
    }
    return sb.toString();
  }

  private static String bad(char verb, Object arg) {
    return "%!" + verb + "(" + goType(arg) + "=" + TemplateValues.print(arg) + ")";
  }

  static String goType(Object arg) {
    if (arg instanceof Double) {
      return "float64";
    }
    if (arg instanceof Long) {
      return "int";
    }
    if (arg instanceof String) {
      return "string";
    }
    if (arg instanceof Boolean) {
      return "bool";
    }
    if (arg instanceof Map) {
      return "map[string]string";
    }
    return "interface {}";
  }

  private static String pad(String s, int width, boolean left, boolean zeros) {
    int n = s.codePointCount(0, s.length());
    if (width <= n) {
      return s;
    }
    String fill = (zeros ? "0" : " ").repeat(width - n);
    if (left) {
      return s + fill;
    }
    if (zeros && (s.startsWith("-") || s.startsWith("+"))) {
      if (s.endsWith("Inf") || s.endsWith("NaN")) {
        return " ".repeat(width - n) + s;
      }
      return s.charAt(0) + fill + s.substring(1);
    }
    if (zeros && (s.endsWith("Inf") || s.endsWith("NaN"))) {
      return " ".repeat(width - n) + s;
    }
    return fill + s;
  }
}
