package dev.tollgate.promql.promqltest;

import dev.tollgate.promql.PromDuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Prometheus's engine test-script format ({@code promql/promqltest}). */
public final class ScriptParser {
  private static final Pattern LOAD = Pattern.compile("^load(?:_(with_nhcb))?\\s+(.+?)$");
  private static final Pattern EVAL_INSTANT =
      Pattern.compile(
          "^eval(?:_(fail|warn|ordered|info))?\\s+instant\\s+(?:at\\s+(.+?))?\\s+(.+)$");
  private static final Pattern EVAL_RANGE =
      Pattern.compile(
          "^eval(?:_(fail|warn|info))?\\s+range\\s+from\\s+(.+)\\s+to\\s+(.+)\\s+step\\s+(.+?)\\s+(.+)$");
  private static final Pattern RANGE_VECTOR =
      Pattern.compile("^range vector from\\s+(.+)\\s+to\\s+(.+)\\s+step\\s+(.+)$");

  private ScriptParser() {}

  /** A script syntax error at a 1-based line. */
  public static final class ScriptException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    ScriptException(int line, String message) {
      super(message);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  public static Script parse(String path, String content) throws ScriptException {
    String[] raw = content.split("\n", -1);
    String[] lines = new String[raw.length];
    for (int i = 0; i < raw.length; i++) {
      String l = raw[i].strip();
      lines[i] = l.startsWith("#") ? "" : l;
    }
    List<Script.Command> commands = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (l.isEmpty()) {
        continue;
      }
      String first = l.split("\\s+", -1)[0].toLowerCase(Locale.ROOT);
      if (first.equals("clear")) {
        commands.add(new Script.Clear(i + 1));
      } else if (first.equals("load") || first.equals("load_with_nhcb")) {
        i = parseLoad(lines, i, commands);
      } else if (first.startsWith("eval")) {
        i = parseEval(lines, i, commands);
      } else {
        throw new ScriptException(
            i + 1, "invalid command " + dev.tollgate.promql.GoStrings.quote(l));
      }
    }
    return new Script(path, commands);
  }

  static long duration(String s, int line) throws ScriptException {
    try {
      return PromDuration.parseMillis(s.strip());
    } catch (IllegalArgumentException e) {
      throw new ScriptException(line, e.getMessage());
    }
  }

  private static int parseLoad(String[] lines, int i, List<Script.Command> out)
      throws ScriptException {
    Matcher m = LOAD.matcher(lines[i]);
    if (!m.matches()) {
      throw new ScriptException(i + 1, "invalid load command. (load[_with_nhcb] <step:duration>)");
    }
    long step = duration(m.group(2), i + 1);
    List<Script.SeriesDef> series = new ArrayList<>();
    int j = i + 1;
    while (j < lines.length && !lines[j].isEmpty()) {
      series.add(new Script.SeriesDef(j + 1, lines[j]));
      j++;
    }
    out.add(new Script.Load(i + 1, step, m.group(1) != null, series));
    return j - 1;
  }

  private static int parseEval(String[] lines, int i, List<Script.Command> out)
      throws ScriptException {
    String l = lines[i];
    Matcher inst = EVAL_INSTANT.matcher(l);
    Matcher rng = EVAL_RANGE.matcher(l);
    boolean range;
    String modifier;
    String expr;
    long start;
    long end = 0;
    long step = 0;
    if (rng.matches()) {
      range = true;
      modifier = rng.group(1);
      start = duration(rng.group(2), i + 1);
      end = duration(rng.group(3), i + 1);
      step = duration(rng.group(4), i + 1);
      expr = rng.group(5);
      if (end < start) {
        throw new ScriptException(
            i + 1,
            "invalid test definition, end timestamp ("
                + rng.group(3)
                + ") is before start timestamp ("
                + rng.group(2)
                + ")");
      }
    } else if (inst.matches()) {
      range = false;
      modifier = inst.group(1);
      start = inst.group(2) == null ? 0 : duration(inst.group(2), i + 1);
      end = start;
      expr = inst.group(3);
    } else {
      throw new ScriptException(i + 1, "invalid evaluation command: " + l);
    }
    boolean fail = "fail".equals(modifier);
    boolean ordered = "ordered".equals(modifier);
    Exp warn = new Exp("warn".equals(modifier));
    Exp info = new Exp("info".equals(modifier));
    String failMsg = null;
    String failRegex = null;
    List<Script.ExpectedSeries> expected = new ArrayList<>();
    Double scalar = null;
    String string = null;
    Script.RangeVector rangeVector = null;
    boolean histograms = false;
    int j = i + 1;
    for (; j < lines.length && !lines[j].isEmpty(); j++) {
      String d = lines[j];
      if (d.startsWith("expected_fail_message")) {
        fail = true;
        failMsg = d.substring("expected_fail_message".length()).strip();
        continue;
      }
      if (d.startsWith("expected_fail_regexp")) {
        fail = true;
        failRegex = d.substring("expected_fail_regexp".length()).strip();
        continue;
      }
      if (d.startsWith("expect ")) {
        String rest = d.substring(7).strip();
        if (rest.startsWith("range vector")) {
          Matcher rv = RANGE_VECTOR.matcher(rest);
          if (!rv.matches()) {
            throw new ScriptException(j + 1, "invalid range vector definition " + rest);
          }
          rangeVector =
              new Script.RangeVector(
                  duration(rv.group(1), j + 1),
                  duration(rv.group(2), j + 1),
                  duration(rv.group(3), j + 1));
          continue;
        }
        if (rest.startsWith("string")) {
          String q = rest.substring(6).strip();
          string = unquote(q, j + 1);
          continue;
        }
        String type = rest;
        String kind = null;
        String text = null;
        int colon = rest.indexOf(':');
        if (colon > 0) {
          String head = rest.substring(0, colon).strip();
          text = rest.substring(colon + 1).strip();
          String[] parts = head.split("\\s+", -1);
          type = parts[0];
          kind = parts.length > 1 ? parts[1] : null;
        }
        switch (type) {
          case "fail" -> {
            fail = true;
            if ("msg".equals(kind)) {
              failMsg = text;
            } else if ("regex".equals(kind)) {
              failRegex = text;
            }
          }
          case "ordered" -> ordered = true;
          case "warn" -> warn.add(kind, text);
          case "info" -> info.add(kind, text);
          case "no_warn" -> warn.forbidden = true;
          case "no_info" -> info.forbidden = true;
          default ->
              throw new ScriptException(
                  j + 1,
                  "invalid expect statement, must be one of fail, warn, info, no_warn, no_info, ordered, string, range vector: "
                      + d);
        }
        continue;
      }
      if (d.contains("{{")) {
        histograms = true;
      }
      Double num = parseNumber(d);
      if (num != null) {
        scalar = num;
        j++;
        break;
      }
      expected.add(new Script.ExpectedSeries(j + 1, d));
    }
    out.add(
        new Script.Eval(
            i + 1,
            expr,
            range,
            start,
            end,
            step,
            fail,
            failMsg,
            failRegex,
            ordered,
            warn.build(),
            info.build(),
            expected,
            scalar,
            string,
            rangeVector,
            histograms));
    return j - 1;
  }

  /** Mutable collector of expect warn/info lines. */
  private static final class Exp {
    boolean expected;
    boolean forbidden;
    final List<String> msgs = new ArrayList<>();
    final List<String> regexes = new ArrayList<>();

    Exp(boolean expected) {
      this.expected = expected;
    }

    void add(String kind, String text) {
      expected = true;
      if ("msg".equals(kind)) {
        msgs.add(text);
      } else if ("regex".equals(kind)) {
        regexes.add(text);
      }
    }

    Script.Expectations build() {
      return new Script.Expectations(expected, forbidden, List.copyOf(msgs), List.copyOf(regexes));
    }
  }

  private static String unquote(String q, int line) throws ScriptException {
    if (q.length() >= 2
        && (q.charAt(0) == '"' || q.charAt(0) == '`' || q.charAt(0) == '\'')
        && q.charAt(q.length() - 1) == q.charAt(0)) {
      return q.substring(1, q.length() - 1);
    }
    throw new ScriptException(line, "expected string literal, got " + q);
  }

  /** A bare number line is a scalar expectation (Go strconv.ParseFloat rules, roughly). */
  static Double parseNumber(String s) {
    String t = s.strip();
    try {
      return dev.tollgate.promql.SeriesNotation.parseNumber(t, t);
    } catch (IllegalArgumentException e) {
      if (t.matches("[+-]?0[xX][0-9a-fA-F]+")) {
        boolean neg = t.startsWith("-");
        long v = Long.parseLong(t.replaceFirst("^[+-]?0[xX]", ""), 16);
        return (double) (neg ? -v : v);
      }
      return null;
    }
  }
}
