package dev.tollgate.rules.unittest;

/** Go's {@code time.Duration.String()}, which promtool uses for rule-evaluation error times. */
final class GoDurations {
  private GoDurations() {}

  static String format(long millis) {
    if (millis == 0) {
      return "0s";
    }
    StringBuilder sb = new StringBuilder();
    long ms = millis;
    if (ms < 0) {
      sb.append('-');
      ms = -ms;
    }
    if (ms < 1000) {
      return sb.append(ms).append("ms").toString();
    }
    long hours = ms / 3_600_000;
    long minutes = ms / 60_000 % 60;
    long seconds = ms / 1000 % 60;
    long fraction = ms % 1000;
    if (hours > 0) {
      sb.append(hours).append('h');
    }
    if (hours > 0 || minutes > 0) {
      sb.append(minutes).append('m');
    }
    sb.append(seconds);
    if (fraction > 0) {
      sb.append('.').append(String.format("%03d", fraction).replaceAll("0+$", ""));
    }
    return sb.append('s').toString();
  }
}
