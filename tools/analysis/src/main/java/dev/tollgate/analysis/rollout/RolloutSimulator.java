package dev.tollgate.analysis.rollout;

import dev.tollgate.analysis.AnalysisPhase;
import dev.tollgate.analysis.AnalysisRun;
import dev.tollgate.analysis.ConditionEvaluator;
import dev.tollgate.analysis.GoDuration;
import dev.tollgate.analysis.Measurement;
import dev.tollgate.analysis.Metric;
import dev.tollgate.analysis.MetricProvider;
import dev.tollgate.analysis.MetricResult;
import dev.tollgate.analysis.template.RunBuilder;
import dev.tollgate.analysis.template.TemplateCatalog;
import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Walks a canary update over virtual time (spec §4.6, §10): setWeight completes at once, a pause of
 * D ends at entry + D, an inline analysis blocks until its run completes, background analysis runs
 * from {@code startingStep} until the update ends. Failed or Error aborts (traffic back to stable),
 * Inconclusive pauses.
 */
public final class RolloutSimulator {

  /** One row of the printed timeline. */
  public record Event(long timeMillis, String text) {
    public String render() {
      return String.format("%8s  %s", GoDuration.format(timeMillis), text);
    }
  }

  /** The timeline, the outcome and the canary weight at the end. */
  public record Simulation(List<Event> timeline, RolloutOutcome outcome, int finalWeight) {}

  private final TemplateCatalog catalog;
  private final MetricProvider provider;
  private final ConditionEvaluator conditions;
  private final Map<String, String> args;
  private final boolean autoPromote;

  private final List<Event> timeline = new ArrayList<>();
  private int weight;
  private int index;
  private AnalysisRun background;
  private final Set<String> secrets = new HashSet<>();

  /**
   * @param args values the user gives; they win over Rollout and template values
   * @param autoPromote continue past {@code pause: {}} instead of stopping there
   */
  public RolloutSimulator(
      TemplateCatalog catalog,
      MetricProvider provider,
      ConditionEvaluator conditions,
      Map<String, String> args,
      boolean autoPromote) {
    this.catalog = catalog;
    this.provider = provider;
    this.conditions = conditions;
    this.args = args;
    this.autoPromote = autoPromote;
  }

  public Simulation simulate(RolloutSpec rollout) {
    // build every run first: like the controller's validation, a bad reference stops the update
    Map<CanaryStep.Analysis, List<Metric>> runs = new HashMap<>();
    for (CanaryStep step : rollout.steps()) {
      if (step instanceof CanaryStep.Analysis analysis) {
        List<Metric> metrics = build(analysis);
        for (Metric metric : metrics) {
          if (metric.effectiveCount() == null) {
            throw new InputException(
                Diagnostic.error(
                    metric.position(),
                    "rollout-file",
                    "metric \""
                        + metric.name()
                        + "\" runs indefinitely (interval without count),"
                        + " which Argo rejects in an inline analysis step",
                    "Give the metric a count, or run it as background analysis."));
          }
        }
        runs.put(analysis, metrics);
      }
    }
    List<Metric> backgroundMetrics =
        rollout.background() == null ? List.of() : build(rollout.background());

    long t = 0;
    timeline.add(new Event(0, "update started: stable 100%, canary 0%"));
    while (true) {
      if (background == null
          && rollout.background() != null
          && index >= rollout.background().startingStep()) {
        background = newRun(backgroundMetrics, t, "background");
        timeline.add(new Event(t, "background analysis started"));
      }
      if (index >= rollout.steps().size()) {
        weight = 100;
        if (background != null) {
          background.terminate(t);
        }
        timeline.add(new Event(t, "all steps completed: canary promoted to stable"));
        return done(new RolloutOutcome(RolloutOutcome.Result.PROMOTED, t, index, "", ""));
      }
      CanaryStep step = rollout.steps().get(index);
      if (step instanceof CanaryStep.SetWeight setWeight) {
        weight = setWeight.weight();
        timeline.add(stepEvent(t, step));
        index++;
      } else if (step instanceof CanaryStep.Immediate) {
        timeline.add(stepEvent(t, step));
        index++;
      } else if (step instanceof CanaryStep.Pause pause) {
        timeline.add(stepEvent(t, step));
        if (pause.durationMillis() == null) {
          if (!autoPromote) {
            return done(
                new RolloutOutcome(
                    RolloutOutcome.Result.PAUSED,
                    t,
                    index,
                    step.describe(),
                    "waiting for promotion"));
          }
          timeline.add(new Event(t, "promoted (--auto-promote)"));
          index++;
          continue;
        }
        long end = t + pause.durationMillis();
        RolloutOutcome outcome = runBackgroundUntil(end, step);
        if (outcome != null) {
          return done(outcome);
        }
        t = end;
        index++;
      } else if (step instanceof CanaryStep.Analysis analysis) {
        timeline.add(stepEvent(t, step));
        AnalysisRun run = newRun(runs.get(analysis), t, "analysis");
        while (!run.isCompleted()) {
          OptionalLong next = run.nextMeasurementTime();
          if (next.isEmpty()) {
            break;
          }
          long at = next.getAsLong();
          RolloutOutcome outcome = runBackgroundUntil(at, step);
          if (outcome != null) {
            run.terminate(at);
            return done(outcome);
          }
          run.advanceTo(at);
          t = at;
        }
        RolloutOutcome outcome = judge(run, t, step, "");
        if (outcome != null) {
          return done(outcome);
        }
        timeline.add(new Event(t, "analysis Successful"));
        index++;
      }
    }
  }

  private List<Metric> build(CanaryStep.Analysis analysis) {
    secrets.addAll(
        RunBuilder.secretValues(catalog.expand(analysis.templates()), analysis.args(), args));
    return RunBuilder.build(
        catalog.expand(analysis.templates()),
        analysis.args(),
        args,
        analysis.dryRun(),
        analysis.measurementRetention(),
        conditions,
        analysis.position());
  }

  private AnalysisRun newRun(List<Metric> metrics, long start, String label) {
    AnalysisRun run = new AnalysisRun(metrics, provider, conditions, start);
    run.setSecrets(secrets);
    run.setListener(
        (MetricResult metric, Measurement m) ->
            timeline.add(
                new Event(
                    m.timeMillis(),
                    "  "
                        + label
                        + " "
                        + metric.metric().name()
                        + ": "
                        + m.phase()
                        + (m.value().isEmpty() ? "" : " " + m.value())
                        + (m.message().isEmpty() ? "" : " (" + m.message() + ")"))));
    return run;
  }

  /** Background measurements up to {@code end}; the outcome if one of them ends the update. */
  private RolloutOutcome runBackgroundUntil(long end, CanaryStep step) {
    if (background == null) {
      return null;
    }
    while (!background.isCompleted()) {
      OptionalLong next = background.nextMeasurementTime();
      if (next.isEmpty() || next.getAsLong() > end) {
        return null;
      }
      background.advanceTo(next.getAsLong());
      RolloutOutcome outcome = judge(background, next.getAsLong(), step, "background analysis ");
      if (outcome != null) {
        return outcome;
      }
    }
    return null;
  }

  /** Abort on Failed or Error, pause on Inconclusive, else null. */
  private RolloutOutcome judge(AnalysisRun run, long t, CanaryStep step, String prefix) {
    AnalysisPhase phase = run.phase();
    if (phase == AnalysisPhase.FAILED || phase == AnalysisPhase.ERROR) {
      weight = 0;
      if (background != null) {
        background.terminate(t);
      }
      timeline.add(new Event(t, "rollout aborted: traffic back to stable (canary 0%)"));
      return new RolloutOutcome(
          RolloutOutcome.Result.ABORTED, t, index, step.describe(), prefix + reason(run));
    }
    if (phase == AnalysisPhase.INCONCLUSIVE) {
      return new RolloutOutcome(
          RolloutOutcome.Result.PAUSED,
          t,
          index,
          step.describe(),
          "Inconclusive (" + prefix + reason(run) + ")");
    }
    return null;
  }

  /** {@code error-rate Failed (4 failures > failureLimit 3)}, from the metric that decided. */
  static String reason(AnalysisRun run) {
    for (MetricResult result : run.results().values()) {
      if (!result.metric().dryRun() && result.phase() == run.phase()) {
        String detail = result.message();
        Measurement last = result.lastMeasurement();
        if (run.phase() == AnalysisPhase.ERROR && last != null && !last.message().isEmpty()) {
          detail = detail + ": " + last.message();
        }
        return result.metric().name()
            + " "
            + result.phase()
            + (detail.isEmpty() ? "" : " (" + detail + ")");
      }
    }
    return run.phase().label();
  }

  private Event stepEvent(long t, CanaryStep step) {
    return new Event(
        t, String.format("step %d  %-28s canary weight %d%%", index, step.describe(), weight));
  }

  private Simulation done(RolloutOutcome outcome) {
    timeline.sort((a, b) -> Long.compare(a.timeMillis(), b.timeMillis()));
    return new Simulation(List.copyOf(timeline), outcome, weight);
  }
}
