package dev.tollgate.analysis.testing;

import dev.tollgate.analysis.AnalysisPhase;
import dev.tollgate.analysis.AnalysisRun;
import dev.tollgate.analysis.ConditionEvaluator;
import dev.tollgate.analysis.GoDuration;
import dev.tollgate.analysis.Measurement;
import dev.tollgate.analysis.Metric;
import dev.tollgate.analysis.MetricResult;
import dev.tollgate.analysis.provider.PromqlProvider;
import dev.tollgate.analysis.provider.SeriesInput;
import dev.tollgate.analysis.rollout.RolloutLoader;
import dev.tollgate.analysis.rollout.RolloutOutcome;
import dev.tollgate.analysis.rollout.RolloutSimulator;
import dev.tollgate.analysis.rollout.RolloutSpec;
import dev.tollgate.analysis.template.RunBuilder;
import dev.tollgate.analysis.testing.AnalysisTestFile.AnalysisSection;
import dev.tollgate.analysis.testing.AnalysisTestFile.Expectation;
import dev.tollgate.analysis.testing.AnalysisTestFile.InputSeries;
import dev.tollgate.analysis.testing.AnalysisTestFile.MetricExpectation;
import dev.tollgate.analysis.testing.AnalysisTestFile.RolloutExpectation;
import dev.tollgate.analysis.testing.AnalysisTestFile.RolloutSection;
import dev.tollgate.analysis.testing.AnalysisTestFile.TestCase;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs analysis tests: loads each test's input series, builds the run from the named templates,
 * drives it on the virtual clock (spec §10) and compares with {@code expect}.
 */
public final class AnalysisTestRunner {
  /**
   * How long a run may go on past the later of its start and the last input sample: generous, so
   * that only a run that can never end (an indefinite metric on healthy data) reaches it.
   */
  public static final long RUN_CAP_MILLIS = 24L * 3600 * 1000;

  private final Supplier<ConditionEvaluator> conditions;

  public AnalysisTestRunner(Supplier<ConditionEvaluator> conditions) {
    this.conditions = conditions;
  }

  public List<TestOutcome> run(AnalysisTestFile file) {
    List<TestOutcome> out = new ArrayList<>();
    for (TestCase test : file.tests()) {
      out.add(run(file, test));
    }
    return out;
  }

  TestOutcome run(AnalysisTestFile file, TestCase test) {
    SeriesInput input = new SeriesInput(test.intervalMillis());
    for (InputSeries series : test.inputSeries()) {
      input.add(series.series(), series.seriesAt(), series.values(), series.valuesAt());
    }
    PromqlProvider provider = new PromqlProvider(input.storage());
    ConditionEvaluator evaluator = conditions.get();
    List<String> failures = new ArrayList<>();
    List<String> timeline = new ArrayList<>();
    if (test.analysis() != null) {
      AnalysisSection section = test.analysis();
      List<Metric> metrics =
          RunBuilder.build(
              file.templates().expand(section.templates()),
              List.of(),
              test.args(),
              section.dryRun(),
              List.of(),
              evaluator,
              section.position());
      checkQueries(metrics, provider);
      AnalysisRun run = new AnalysisRun(metrics, provider, evaluator, section.startMillis());
      run.setListener((metric, m) -> timeline.add(row(metric, m)));
      run.setSecrets(
          RunBuilder.secretValues(
              file.templates().expand(section.templates()), List.of(), test.args()));
      Expectation expect = section.expect();
      long cap = Math.max(section.startMillis(), input.lastSampleMillis()) + RUN_CAP_MILLIS;
      long until = expect.atMillis() == null ? cap : Math.min(expect.atMillis(), cap);
      run.advanceTo(until);
      if (expect.atMillis() == null && !run.isCompleted()) {
        timeline.add("(run still Running at the cap, " + GoDuration.format(cap) + ")");
      }
      compare(run, expect, failures);
    }
    if (test.rollout() != null) {
      compareRollout(file, test, provider, evaluator, failures, timeline);
    }
    return new TestOutcome(test.name(), test.position(), failures, timeline);
  }

  /** A query that does not parse is a broken template, not a string of Error measurements. */
  private static void checkQueries(List<Metric> metrics, PromqlProvider provider) {
    for (Metric metric : metrics) {
      String error = provider.syntaxError(metric.prometheus().query());
      if (error != null) {
        throw AnalysisTestLoader.FIELDS.error(
            metric.position(),
            "metric \"" + metric.name() + "\": query does not parse: " + error,
            "Fix the PromQL; Prometheus would answer bad_data and every measurement would be"
                + " Error.");
      }
    }
  }

  private static String row(MetricResult metric, Measurement m) {
    return String.format(
        "%8s  %-24s %-12s %s%s",
        GoDuration.format(m.timeMillis()),
        metric.metric().name(),
        m.phase(),
        m.value(),
        m.message().isEmpty() ? "" : " (" + m.message() + ")");
  }

  private static void compare(AnalysisRun run, Expectation expect, List<String> failures) {
    String when = expect.atMillis() == null ? "" : " at " + GoDuration.format(expect.atMillis());
    AnalysisRun.Snapshot state = stateAt(run, expect.atMillis());
    // before the first reconcile: Pending before the run exists, Running while it waits
    // for an initialDelay
    AnalysisPhase runPhase =
        state != null
            ? state.phase()
            : expect.atMillis() != null && expect.atMillis() >= run.startMillis()
                ? AnalysisPhase.RUNNING
                : AnalysisPhase.PENDING;
    if (expect.phase() != null && expect.phase() != runPhase) {
      failures.add(
          "phase"
              + when
              + ": expected "
              + expect.phase()
              + ", got "
              + runPhase
              + (state == null || state.message().isEmpty() ? "" : " (" + state.message() + ")"));
    }
    if (expect.message() != null) {
      String message = state == null ? "" : state.message();
      if (!message.contains(expect.message())) {
        failures.add(
            "message"
                + when
                + ": expected to contain \""
                + expect.message()
                + "\", got \""
                + message
                + "\"");
      }
    }
    for (MetricExpectation metric : expect.metrics().values()) {
      MetricResult result = run.results().get(metric.name());
      if (result == null) {
        failures.add(
            "metric "
                + metric.name()
                + ": not in the run (metrics: "
                + String.join(", ", run.results().keySet())
                + ")");
        continue;
      }
      if (metric.phase() != null) {
        AnalysisPhase actual =
            state == null ? AnalysisPhase.PENDING : state.metrics().get(metric.name());
        if (actual != metric.phase()) {
          failures.add(
              "metric "
                  + metric.name()
                  + " phase"
                  + when
                  + ": expected "
                  + metric.phase()
                  + ", got "
                  + actual
                  + (result.message().isEmpty() ? "" : " (" + result.message() + ")"));
        }
      }
      List<Measurement> taken = measurementsUntil(result, expect.atMillis());
      if (metric.measurements() != null) {
        List<AnalysisPhase> phases = taken.stream().map(Measurement::phase).toList();
        if (!phases.equals(metric.measurements())) {
          failures.add(
              "metric "
                  + metric.name()
                  + " measurements"
                  + when
                  + ": expected "
                  + metric.measurements()
                  + ", got "
                  + phases);
        }
      }
      if (metric.values() != null) {
        List<String> values = taken.stream().map(Measurement::value).toList();
        if (!values.equals(metric.values())) {
          failures.add(
              "metric "
                  + metric.name()
                  + " values"
                  + when
                  + ": expected "
                  + metric.values()
                  + ", got "
                  + values);
        }
      }
    }
  }

  /** The state after the last reconcile at or before {@code at}; the final state when null. */
  static AnalysisRun.Snapshot stateAt(AnalysisRun run, Long at) {
    AnalysisRun.Snapshot state = null;
    for (AnalysisRun.Snapshot snapshot : run.history()) {
      if (at != null && snapshot.timeMillis() > at) {
        break;
      }
      state = snapshot;
    }
    return state;
  }

  private static List<Measurement> measurementsUntil(MetricResult result, Long at) {
    if (at == null) {
      return result.measurements();
    }
    return result.measurements().stream().filter(m -> m.timeMillis() <= at).toList();
  }

  private void compareRollout(
      AnalysisTestFile file,
      TestCase test,
      PromqlProvider provider,
      ConditionEvaluator evaluator,
      List<String> failures,
      List<String> timeline) {
    RolloutSection section = test.rollout();
    RolloutSpec spec =
        RolloutLoader.fromDocuments(
            YTrees.documents(new YamlLoader().load(section.file(), section.displayPath())),
            section.displayPath());
    RolloutSimulator.Simulation simulation =
        new RolloutSimulator(
                file.templates(), provider, evaluator, test.args(), section.autoPromote())
            .simulate(spec);
    simulation.timeline().forEach(e -> timeline.add(e.render()));
    RolloutOutcome outcome = simulation.outcome();
    timeline.add(outcome.line());
    RolloutExpectation expect = section.expect();
    if (expect.result() != null && !expect.result().equals(outcome.result().label())) {
      failures.add("rollout: expected " + expect.result() + ", got " + outcome.line());
    }
    if (expect.atMillis() != null && expect.atMillis() != outcome.timeMillis()) {
      failures.add(
          "rollout: expected the outcome at "
              + GoDuration.format(expect.atMillis())
              + ", got "
              + outcome.line());
    }
    if (expect.step() != null && !Objects.equals(expect.step(), outcome.stepIndex())) {
      failures.add("rollout: expected step " + expect.step() + ", got " + outcome.line());
    }
    if (expect.message() != null && !outcome.line().contains(expect.message())) {
      failures.add(
          "rollout: expected the outcome to contain \""
              + expect.message()
              + "\", got "
              + outcome.line());
    }
  }
}
