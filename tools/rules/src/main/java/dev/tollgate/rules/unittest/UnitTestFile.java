package dev.tollgate.rules.unittest;

import dev.tollgate.core.Position;
import java.util.List;
import java.util.Map;

/** A promtool rule unit-test file (spec §2.1), as written. */
public record UnitTestFile(
    String path,
    List<String> ruleFiles,
    Position ruleFilesPosition,
    long evaluationIntervalMillis,
    List<String> groupEvalOrder,
    List<TestGroup> tests) {

  /** One {@code tests:} item (spec §2.2); {@code intervalMillis} is 0 when not written. */
  public record TestGroup(
      int index,
      String name,
      Position position,
      long intervalMillis,
      List<InputSeries> inputSeries,
      List<AlertTest> alertTests,
      List<ExprTest> exprTests,
      Map<String, String> externalLabels,
      String externalUrl) {

    /** The name promtool 3.x prints and {@code --run} matches: unnamed groups are numbered. */
    public String displayName() {
      return name.isEmpty() ? "unnamed#" + index : name;
    }

    /** The last time any test of the group looks at. */
    public long maxEvalTime() {
      long max = 0;
      for (AlertTest t : alertTests) {
        max = Math.max(max, t.evalTimeMillis());
      }
      for (ExprTest t : exprTests) {
        max = Math.max(max, t.evalTimeMillis());
      }
      return max;
    }
  }

  /** One input series; the positions point at the {@code series} and {@code values} texts. */
  public record InputSeries(
      String series, String values, Position seriesPosition, Position valuesPosition) {}

  public record AlertTest(
      long evalTimeMillis, String alertname, List<ExpectedAlert> expected, Position position) {}

  public record ExpectedAlert(Map<String, String> labels, Map<String, String> annotations) {}

  public record ExprTest(
      String expr, long evalTimeMillis, List<ExpectedSample> expected, Position position) {}

  public record ExpectedSample(String labels, double value, Position position) {}
}
