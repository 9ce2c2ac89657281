package dev.tollgate.promql.promqltest;

import java.util.List;

/** A parsed {@code .test} script: commands in file order. */
public record Script(String path, List<Command> commands) {

  /** One command of the script language (spec §3). */
  public sealed interface Command permits Load, Clear, Eval {
    int line();
  }

  /** {@code load <step>} followed by series lines. */
  public record Load(int line, long stepMillis, boolean withNhcb, List<SeriesDef> series)
      implements Command {}

  /** One input series line. */
  public record SeriesDef(int line, String text) {}

  public record Clear(int line) implements Command {}

  /** An {@code eval instant|range} block with its expectations. */
  public record Eval(
      int line,
      String expr,
      boolean range,
      long startMillis,
      long endMillis,
      long stepMillis,
      boolean expectFail,
      String failMessage,
      String failRegex,
      boolean ordered,
      Expectations warn,
      Expectations info,
      List<ExpectedSeries> expected,
      Double expectedScalar,
      String expectedString,
      RangeVector expectedRangeVector,
      boolean expectsHistograms)
      implements Command {}

  /** warn/info expectations: whether any were given, whether none are allowed, and texts. */
  public record Expectations(
      boolean expected, boolean forbidden, List<String> msgs, List<String> regexes) {
    static Expectations none() {
      return new Expectations(false, false, List.of(), List.of());
    }
  }

  /** {@code expect range vector from A to B step S}. */
  public record RangeVector(long startMillis, long endMillis, long stepMillis) {}

  /** One expected series line: labels plus (expanded) values. */
  public record ExpectedSeries(int line, String text) {}
}
