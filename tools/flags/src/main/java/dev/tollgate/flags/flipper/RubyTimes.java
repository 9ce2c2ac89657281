package dev.tollgate.flags.flipper;

import dev.tollgate.flags.flipper.RubyValues.RubyError;
import dev.tollgate.flags.flipper.RubyValues.RubyTime;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flipper's {@code Time} expression calls Ruby's {@code Time.parse}, which guesses at many formats.
 * This reads the ISO 8601 / RFC 3339 forms Flipper's UI and API produce: a date, optionally a time
 * ({@code T} or a blank), fractional seconds and a zone ({@code Z}, {@code UTC}, {@code ±hh:mm},
 * {@code ±hhmm}). Without a zone Ruby uses the server's local zone; here that is UTC. Other text is
 * an error that says so, rather than a guess.
 */
final class RubyTimes {
  private static final Pattern ISO =
      Pattern.compile(
          "\\s*(\\d{4})-(\\d{2})-(\\d{2})"
              + "(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9})\\d*)?)?)?"
              + "\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?\\s*");

  private RubyTimes() {}

  static RubyTime parse(String text) {
    Matcher m = ISO.matcher(text);
    if (!m.matches()) {
      throw new RubyError(
          "cannot read time "
              + RubyValues.inspect(text)
              + ": tollgate reads ISO 8601 dates and times such as 2026-03-01 or"
              + " 2026-03-01T12:00:00Z (Ruby's Time.parse accepts more forms, and raises"
              + " ArgumentError on text with no date)");
    }
    try {
      LocalDateTime local =
          LocalDateTime.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
              m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
              m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
              m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9)));
      String zone = m.group(8);
      boolean utc = zone != null && (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT"));
      ZoneOffset offset = zone == null || utc ? ZoneOffset.UTC : ZoneOffset.of(normalise(zone));
      return new RubyTime(local.toInstant(offset), offset, utc);
    } catch (DateTimeException e) {
      throw new RubyError(
          "argument out of range in time " + RubyValues.inspect(text) + " (ArgumentError)");
    }
  }

  private static String normalise(String zone) {
    return zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone;
  }
}
