package dev.tollgate.rules.unittest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --diff}: what differs between a failure's {@code exp} and {@code got}, one item per line
 * ({@code -} expected only, {@code +} got only), so long label and annotation sets are readable
 * (prometheus#15423, #7568). Items present on both sides are left out.
 */
public final class FailureDiff {
  private FailureDiff() {}

  /** The diff lines for one promtool failure text, or an empty list when it has no exp/got. */
  public static List<String> of(String failure) {
    int exp = failure.indexOf("exp:");
    int got = failure.indexOf("got:", Math.max(exp, 0));
    if (exp < 0 || got < 0) {
      return List.of();
    }
    List<String> expected = items(failure.substring(exp + 4, got));
    List<String> actual = items(failure.substring(got + 4));
    Map<String, Integer> counts = new LinkedHashMap<>();
    expected.forEach(i -> counts.merge(i, 1, Integer::sum));
    List<String> onlyGot = new ArrayList<>();
    for (String item : actual) {
      Integer n = counts.get(item);
      if (n != null && n > 0) {
        counts.put(item, n - 1);
      } else {
        onlyGot.add(item);
      }
    }
    List<String> out = new ArrayList<>();
    counts.forEach(
        (item, n) -> {
          for (int i = 0; i < n; i++) {
            out.add("        - " + item);
          }
        });
    onlyGot.forEach(item -> out.add("        + " + item));
    return out;
  }

  /** Splits an exp/got section into samples or alerts (labels + annotations on one line). */
  static List<String> items(String section) {
    String text = section.strip();
    if (text.endsWith(",")) {
      text = text.substring(0, text.length() - 1).strip();
    }
    List<String> out = new ArrayList<>();
    if (text.startsWith("[")) {
      String current = null;
      for (String line : text.split("\n", -1)) {
        String l = line.strip();
        if (l.startsWith("Labels:")) {
          current = l.replaceAll(",$", "");
        } else if (l.startsWith("Annotations:") && current != null) {
          out.add(current + " " + l.replaceAll(",$", ""));
          current = null;
        }
      }
      return out;
    }
    if (text.equals("nil") || text.isEmpty()) {
      return out;
    }
    // samples print as "{...} 1E+00, {...} 2E+00"; label values are quoted, so split outside quotes
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && quoted) {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '{') {
        depth++;
      } else if (!quoted && c == '}') {
        depth--;
      } else if (!quoted && depth == 0 && c == ',' && text.startsWith(", ", i)) {
        out.add(text.substring(start, i).strip());
        start = i + 2;
      }
    }
    out.add(text.substring(start).strip());
    return out;
  }
}
