package dev.tollgate.analysis.testing;

import dev.tollgate.analysis.AnalysisPhase;
import dev.tollgate.analysis.template.MetricNameRule;
import dev.tollgate.analysis.template.TemplateCatalog;
import dev.tollgate.analysis.template.TemplateRef;
import dev.tollgate.core.Position;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A parsed {@code tollgate analysis test} file (format in {@code docs/analysis-tests.md}).
 *
 * @param path the file as printed in messages
 */
public record AnalysisTestFile(String path, TemplateCatalog templates, List<TestCase> tests) {

  /** One {@code input_series} entry. */
  public record InputSeries(String series, Position seriesAt, String values, Position valuesAt) {}

  /** One test: input data, the run to build and what to expect. */
  public record TestCase(
      String name,
      Position position,
      long intervalMillis,
      List<InputSeries> inputSeries,
      Map<String, String> args,
      AnalysisSection analysis,
      RolloutSection rollout) {}

  /** {@code analysis:} which templates form the run, when it starts, what to expect. */
  public record AnalysisSection(
      List<TemplateRef> templates,
      long startMillis,
      List<MetricNameRule> dryRun,
      Expectation expect,
      Position position) {}

  /**
   * {@code expect:} the run's phase, optionally as of {@code at}, and per-metric expectations.
   *
   * @param phase null when not asserted
   * @param atMillis null for "when the run ends"
   */
  public record Expectation(
      AnalysisPhase phase, Long atMillis, String message, Map<String, MetricExpectation> metrics) {}

  /**
   * The expectations on one metric.
   *
   * @param phase null when not asserted
   * @param measurements null when not asserted; else every measurement's phase in order
   * @param values null when not asserted; else every measurement's value string in order
   */
  public record MetricExpectation(
      String name,
      AnalysisPhase phase,
      List<AnalysisPhase> measurements,
      List<String> values,
      Position position) {}

  /** {@code rollout:} a Rollout to simulate against the same input series. */
  public record RolloutSection(
      Path file,
      String displayPath,
      boolean autoPromote,
      RolloutExpectation expect,
      Position position) {}

  /**
   * {@code rollout.expect:} how the simulated Rollout should end.
   *
   * @param result {@code Promoted}, {@code Aborted} or {@code Paused}; null when not asserted
   * @param step the 0-based step index where it aborted or paused; null when not asserted
   * @param message a text the outcome line must contain; null when not asserted
   */
  public record RolloutExpectation(String result, Long atMillis, Integer step, String message) {}
}
