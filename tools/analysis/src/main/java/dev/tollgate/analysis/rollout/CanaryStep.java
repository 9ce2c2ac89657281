package dev.tollgate.analysis.rollout;

import dev.tollgate.analysis.template.Argument;
import dev.tollgate.analysis.template.MetricNameRule;
import dev.tollgate.analysis.template.TemplateRef;
import dev.tollgate.core.Position;
import java.util.List;

/** One {@code strategy.canary.steps[]} entry, as far as the simulator needs it. */
public sealed interface CanaryStep {
  Position position();

  /** How the step is named in timelines and outcome lines, e.g. {@code setWeight 30}. */
  String describe();

  record SetWeight(int weight, Position position) implements CanaryStep {
    @Override
    public String describe() {
      return "setWeight " + weight;
    }
  }

  /**
   * A {@code pause} step.
   *
   * @param durationMillis null for {@code pause: {}}, which waits for promotion
   */
  record Pause(Long durationMillis, String written, Position position) implements CanaryStep {
    @Override
    public String describe() {
      return durationMillis == null ? "pause" : "pause " + written;
    }
  }

  /** An inline analysis step, or (with {@code startingStep}) the background analysis. */
  record Analysis(
      List<TemplateRef> templates,
      List<Argument> args,
      List<MetricNameRule> dryRun,
      List<MetricNameRule> measurementRetention,
      int startingStep,
      Position position)
      implements CanaryStep {
    @Override
    public String describe() {
      StringBuilder names = new StringBuilder();
      for (TemplateRef ref : templates) {
        names.append(names.length() == 0 ? "" : ", ").append(ref.templateName());
      }
      return "analysis " + names;
    }
  }

  /** A step that completes at once and does not move traffic here (setCanaryScale, routes). */
  record Immediate(String kind, Position position) implements CanaryStep {
    @Override
    public String describe() {
      return kind;
    }
  }
}
