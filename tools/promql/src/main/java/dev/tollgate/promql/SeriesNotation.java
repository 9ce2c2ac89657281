package dev.tollgate.promql;

import dev.tollgate.promql.parser.SeriesDescParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Prometheus's expanding value notation for test input ({@code 1+2x3 _ stale 5x2}), spec §2.3.
 * Values come from repeated addition, exactly like Prometheus, so rounding accumulates the same.
 */
public final class SeriesNotation {
  private SeriesNotation() {}

  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

  /** One expanded entry; {@code step} is the 0-based slot (sample time = step * interval). */
  public record Point(int step, double value, boolean stale) {}

  /** A parsed {@code metric{a="b"} values...} line. */
  public record SeriesLine(Labels labels, List<Point> points) {}

  /**
   * Expanded points in parallel primitive arrays (stale markers as {@link Storage#STALE_NAN}): test
   * inputs run to millions of points, which as objects would cost several times the memory.
   */
  public static final class Points {
    private int[] steps = new int[16];
    private double[] values = new double[16];
    private int size;

    public int size() {
      return size;
    }

    public int step(int i) {
      return steps[i];
    }

    public double value(int i) {
      return values[i];
    }

    void add(int step, double value) {
      if (size == steps.length) {
        reserve(1);
      }
      steps[size] = step;
      values[size++] = value;
    }

    /**
     * Room for {@code more} points, so a long {@code a+bxN} run grows the arrays once; absurd
     * counts grow step by step instead and hit the caller's limits, not one huge allocation.
     */
    void reserve(long more) {
      long needed = size + Math.min(more, 1 << 20);
      if (needed > steps.length) {
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, steps.length * 2L));
        steps = java.util.Arrays.copyOf(steps, capacity);
        values = java.util.Arrays.copyOf(values, capacity);
      }
    }
  }

  /** Expands a value list; omitted slots ({@code _}) produce no point. */
  public static List<Point> expand(String values) {
    Points points = expandPoints(values);
    List<Point> out = new ArrayList<>(points.size());
    for (int i = 0; i < points.size(); i++) {
      double v = points.value(i);
      out.add(new Point(points.step(i), v, Storage.isStaleMarker(v)));
    }
    return out;
  }

  /** {@link #expand} without an object per point. */
  public static Points expandPoints(String values) {
    Points out = new Points();
    int step = 0;
    for (String item : values.trim().split("\\s+", -1)) {
      if (item.isEmpty()) {
        continue;
      }
      step = expandItem(item, step, out);
    }
    return out;
  }

  private static int expandItem(String item, int step, Points out) {
    if (item.startsWith("{{")) {
      throw new IllegalArgumentException("native histograms are not supported: " + item);
    }
    int x = item.lastIndexOf('x');
    String head = x < 0 ? item : item.substring(0, x);
    Long times = null;
    if (x >= 0) {
      String n = item.substring(x + 1);
      if (n.isEmpty() || !n.chars().allMatch(Character::isDigit)) {
        throw new IllegalArgumentException("invalid repetition in series values: " + item);
      }
      times = Long.parseLong(n);
    }
    if (head.equals("_")) {
      return step + (times == null ? 1 : (int) (long) times);
    }
    if (head.equals("stale")) {
      if (times != null) {
        throw new IllegalArgumentException("invalid repetition in series values: " + item);
      }
      out.add(step, Storage.STALE_NAN);
      return step + 1;
    }
    int op = findOperator(head);
    double start = parseNumber(op < 0 ? head : head.substring(0, op), item);
    if (op < 0) {
      int n = times == null ? 0 : (int) (long) times;
      out.reserve(n + 1L);
      for (int i = 0; i <= n; i++) {
        out.add(step++, start);
      }
      return step;
    }
    if (times == null) {
      throw new IllegalArgumentException(
          "unexpected " + quote(head.substring(op)) + " in series values: " + item);
    }
    double delta = parseNumber(head.substring(op + 1), item);
    if (head.charAt(op) == '-') {
      delta = -delta;
    }
    double v = start;
    out.reserve(times + 1);
    out.add(step++, v);
    for (long j = 0; j < times; j++) {
      v += delta;
      out.add(step++, v);
    }
    return step;
  }

  private static String quote(String s) {
    return GoStrings.quote(s);
  }

  /** Position of the binary + or - between start and delta, skipping signs and exponents. */
  private static int findOperator(String head) {
    for (int i = 1; i < head.length(); i++) {
      char c = head.charAt(i);
      if ((c == '+' || c == '-') && !(head.charAt(i - 1) == 'e' || head.charAt(i - 1) == 'E')) {
        return i;
      }
      if ((c == '+' || c == '-') && i >= 2 && Character.isLetter(head.charAt(i - 2))) {
        // e.g. "Inf-1": the 'e' test above does not apply to names.
        return i;
      }
    }
    return -1;
  }

  /** A series value number: decimal, exponent, Inf/NaN (any case), optional sign; no hex. */
  public static double parseNumber(String s, String item) {
    String t = s;
    boolean neg = false;
    if (t.startsWith("+") || t.startsWith("-")) {
      neg = t.charAt(0) == '-';
      t = t.substring(1);
    }
    double v;
    if (t.equalsIgnoreCase("inf")) {
      v = Double.POSITIVE_INFINITY;
    } else if (t.equalsIgnoreCase("nan")) {
      v = Double.NaN;
    } else if (DECIMAL.matcher(t).matches()) {
      v = Double.parseDouble(t);
    } else {
      throw new IllegalArgumentException(
          "unexpected identifier " + quote(s) + " in series values, expected number or \"stale\"");
    }
    return neg ? -v : v;
  }

  /** Parses {@code metric{a="b"} 1 2 3} into its labels and expanded points. */
  public static SeriesLine parseSeriesLine(String line) {
    SeriesDescParser.Result r = SeriesDescParser.parse(line);
    return new SeriesLine(r.labels(), expand(line.substring(r.endOffset())));
  }

  /** Parses just a series descriptor {@code metric{a="b"}} (as promtool's exp_samples labels). */
  public static Labels parseLabels(String desc) {
    SeriesDescParser.Result r = SeriesDescParser.parse(desc);
    if (!desc.substring(r.endOffset()).isBlank()) {
      throw new IllegalArgumentException(
          "unexpected text after series: " + desc.substring(r.endOffset()).trim());
    }
    return r.labels();
  }
}
