package dev.tollgate.lint.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code # expect: <rule-id> [@col] <message substring>} markers of a fixture. A marker applies
 * to the next line that is neither blank nor a comment; several markers may stack on one line.
 */
final class FixtureExpectations {
  private static final Pattern MARKER =
      Pattern.compile("^\\s*#\\s*expect:\\s*(\\S+)(?:\\s+@(\\d+))?\\s*(.*?)\\s*$");

  /** One expected finding; column 0 means any column. */
  record Expectation(int markerLine, int line, String ruleId, int column, String substring) {
    @Override
    public String toString() {
      return "line "
          + line
          + (column > 0 ? ":" + column : "")
          + " "
          + ruleId
          + " containing \""
          + substring
          + "\" (marker at line "
          + markerLine
          + ")";
    }
  }

  private FixtureExpectations() {}

  static List<Expectation> parse(String text) {
    String[] lines = text.split("\n", -1);
    List<Expectation> out = new ArrayList<>();
    List<String[]> pending = new ArrayList<>(); // {markerLine, rule, col, substring}
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher marker = MARKER.matcher(line);
      if (marker.matches()) {
        pending.add(
            new String[] {
              String.valueOf(i + 1),
              marker.group(1),
              marker.group(2) == null ? "0" : marker.group(2),
              marker.group(3)
            });
      } else if (!line.isBlank() && !line.strip().startsWith("#")) {
        for (String[] p : pending) {
          out.add(
              new Expectation(Integer.parseInt(p[0]), i + 1, p[1], Integer.parseInt(p[2]), p[3]));
        }
        pending.clear();
      }
    }
    if (!pending.isEmpty()) {
      throw new IllegalArgumentException(
          "marker at line " + pending.get(0)[0] + " is not followed by a YAML line");
    }
    return out;
  }
}
