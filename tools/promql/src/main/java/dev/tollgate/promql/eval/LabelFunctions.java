package dev.tollgate.promql.eval;

import dev.tollgate.promql.GoStrings;
import dev.tollgate.promql.Labels;
import dev.tollgate.promql.parser.Re2;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** label_replace and label_join. */
final class LabelFunctions {
  private LabelFunctions() {}

  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  static boolean validLabelName(String s, boolean v3) {
    if (v3) {
      return !s.isEmpty() && isValidUtf8(s);
    }
    return LABEL_NAME.matcher(s).matches();
  }

  private static boolean isValidUtf8(String s) {
    return !s.contains("\uFFFD");
  }

  static List<SeriesBuf> apply(Evaluator ev, String f, List<SeriesBuf> in, List<String> args) {
    List<SeriesBuf> out = new ArrayList<>(in.size());
    if (f.equals("label_replace")) {
      String dst = args.get(0);
      String repl = args.get(1);
      String src = args.get(2);
      String regex = args.get(3);
      Pattern p;
      try {
        p = Re2.compileAnchored(regex);
      } catch (IllegalArgumentException e) {
        throw new EvalError("invalid regular expression in label_replace(): " + regex);
      }
      if (!validLabelName(dst, ev.v3)) {
        throw new EvalError("invalid destination label name in label_replace(): " + dst);
      }
      for (SeriesBuf s : in) {
        Matcher m = p.matcher(s.labels.getOrEmpty(src));
        if (m.matches()) {
          String res = expand(repl, m);
          Labels l = s.labels.toBuilder().set(dst, res).build();
          SeriesBuf o = copy(s, l);
          if (dst.equals(Labels.METRIC_NAME)) {
            o.dropName = false;
          }
          out.add(o);
        } else {
          out.add(s);
        }
      }
    } else {
      String dst = args.get(0);
      String sep = args.get(1);
      if (!validLabelName(dst, ev.v3)) {
        throw new EvalError("invalid destination label name in label_join(): " + dst);
      }
      for (int i = 2; i < args.size(); i++) {
        if (!validLabelName(args.get(i), ev.v3)) {
          throw new EvalError("invalid source label name in label_join(): " + args.get(i));
        }
      }
      for (SeriesBuf s : in) {
        StringBuilder sb = new StringBuilder();
        for (int i = 2; i < args.size(); i++) {
          if (i > 2) {
            sb.append(sep);
          }
          sb.append(s.labels.getOrEmpty(args.get(i)));
        }
        Labels l = s.labels.toBuilder().set(dst, sb.toString()).build();
        SeriesBuf o = copy(s, l);
        if (dst.equals(Labels.METRIC_NAME)) {
          o.dropName = false;
        }
        out.add(o);
      }
    }
    return checkDuplicates(out);
  }

  private static SeriesBuf copy(SeriesBuf s, Labels l) {
    SeriesBuf o = new SeriesBuf(l, s.dropName, 1);
    o.ts = s.ts;
    o.vs = s.vs;
    o.n = s.n;
    return o;
  }

  /** Merges series with equal labels; equal labels at the same step are an error. */
  private static List<SeriesBuf> checkDuplicates(List<SeriesBuf> in) {
    java.util.Map<Labels, List<SeriesBuf>> by = new java.util.LinkedHashMap<>();
    boolean dup = false;
    for (SeriesBuf s : in) {
      List<SeriesBuf> l = by.computeIfAbsent(s.labels, k -> new ArrayList<>());
      l.add(s);
      if (l.size() > 1) {
        dup = true;
      }
    }
    if (!dup) {
      return in;
    }
    List<SeriesBuf> out = new ArrayList<>();
    for (List<SeriesBuf> group : by.values()) {
      if (group.size() == 1) {
        out.add(group.get(0));
        continue;
      }
      java.util.TreeMap<Long, Double> merged = new java.util.TreeMap<>();
      for (SeriesBuf s : group) {
        for (int i = 0; i < s.n; i++) {
          if (merged.put(s.ts[i], s.vs[i]) != null) {
            throw new EvalError("vector cannot contain metrics with the same labelset");
          }
        }
      }
      SeriesBuf o = new SeriesBuf(group.get(0).labels, group.get(0).dropName, merged.size());
      merged.forEach(o::add);
      out.add(o);
    }
    return out;
  }

  /**
   * Go's regexp.Expand: $1, ${1}, $name, ${name}; $$ is a literal $; unknown names expand to "".
   */
  static String expand(String template, Matcher m) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '$' || i + 1 >= template.length()) {
        sb.append(c);
        i++;
        continue;
      }
      char n = template.charAt(i + 1);
      if (n == '$') {
        sb.append('$');
        i += 2;
        continue;
      }
      String name;
      int next;
      if (n == '{') {
        int close = template.indexOf('}', i + 2);
        if (close < 0) {
          sb.append(c);
          i++;
          continue;
        }
        name = template.substring(i + 2, close);
        if (name.isEmpty()
            || !name.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')) {
          sb.append(c);
          i++;
          continue;
        }
        next = close + 1;
      } else {
        int j = i + 1;
        while (j < template.length()
            && (Character.isLetterOrDigit(template.charAt(j)) || template.charAt(j) == '_')) {
          j++;
        }
        if (j == i + 1) {
          sb.append(c);
          i++;
          continue;
        }
        name = template.substring(i + 1, j);
        next = j;
      }
      sb.append(group(m, name));
      i = next;
    }
    return sb.toString();
  }

  private static String group(Matcher m, String name) {
    if (name.chars().allMatch(Character::isDigit)) {
      try {
        int idx = Integer.parseInt(name);
        if (idx <= m.groupCount()) {
          String g = m.group(idx);
          return g == null ? "" : g;
        }
      } catch (NumberFormatException e) {
        return "";
      }
      return "";
    }
    try {
      String g = m.group(name);
      return g == null ? "" : g;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  static String quote(String s) {
    return GoStrings.quote(s);
  }
}
