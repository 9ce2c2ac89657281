package dev.tollgate.rules.unittest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * JUnit XML like promtool 2.55+'s {@code --junit}: one test suite per test file, one test case per
 * test group; a file that cannot be read is one failed case named after the file.
 */
public final class JUnitReport {
  private JUnitReport() {}

  public static void write(List<RuleTestRunner.FileResult> results, Path target)
      throws IOException {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    int tests = 0;
    int failures = 0;
    for (RuleTestRunner.FileResult r : results) {
      tests += Math.max(1, r.groups().size());
      failures += failuresOf(r);
    }
    xml.append(
        String.format(Locale.ROOT, "<testsuites tests=\"%d\" failures=\"%d\">%n", tests, failures));
    for (RuleTestRunner.FileResult r : results) {
      xml.append(
          String.format(
              Locale.ROOT,
              "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" time=\"%.3f\">%n",
              escape(r.file()),
              Math.max(1, r.groups().size()),
              failuresOf(r),
              r.millis() / 1000.0));
      if (r.groups().isEmpty()) {
        xml.append(String.format("    <testcase name=\"%s\">%n", escape(r.file())));
        if (!r.passed()) {
          failure(xml, r.errors());
        }
        xml.append("    </testcase>\n");
      }
      for (RuleTestRunner.GroupResult g : r.groups()) {
        xml.append(
            String.format(
                Locale.ROOT,
                "    <testcase name=\"%s\" time=\"%.3f\">%n",
                escape(g.name()),
                g.millis() / 1000.0));
        if (!g.errors().isEmpty()) {
          failure(xml, g.errors());
        }
        xml.append("    </testcase>\n");
      }
      xml.append("  </testsuite>\n");
    }
    xml.append("</testsuites>\n");
    Files.writeString(target, xml.toString(), StandardCharsets.UTF_8);
  }

  private static int failuresOf(RuleTestRunner.FileResult r) {
    if (r.groups().isEmpty()) {
      return r.passed() ? 0 : 1;
    }
    return (int) r.groups().stream().filter(g -> !g.errors().isEmpty()).count();
  }

  private static void failure(StringBuilder xml, List<String> errors) {
    String text = String.join("\n", errors);
    String first = errors.isEmpty() ? "" : errors.get(0).strip().lines().findFirst().orElse("");
    xml.append("      <failure message=\"")
        .append(escape(first))
        .append("\">")
        .append(escape(text))
        .append("</failure>\n");
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            sb.append("&#xFFFD;");
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
