package dev.tollgate.analysis.rollout;

import dev.tollgate.analysis.GoDuration;
import dev.tollgate.analysis.YamlFields;
import dev.tollgate.analysis.template.TemplateLoader;
import dev.tollgate.analysis.template.TemplateRef;
import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the canary strategy of an {@code argoproj.io} Rollout document. */
public final class RolloutLoader {
  static final YamlFields FIELDS = new YamlFields("rollout-file");
  private static final List<String> STEP_KINDS =
      List.of(
          "setWeight",
          "pause",
          "analysis",
          "experiment",
          "setCanaryScale",
          "setHeaderRoute",
          "setMirrorRoute",
          "plugin");
  private static final Set<String> ONE_OF = Set.of("setWeight", "pause", "experiment", "analysis");

  private RolloutLoader() {}

  /** The first Rollout among {@code documents}; a positioned error when there is none. */
  public static RolloutSpec fromDocuments(List<YNode> documents, String path) {
    for (YNode document : documents) {
      if (document instanceof YMap map && map.text("kind").orElse("").equals("Rollout")) {
        return parse(map);
      }
    }
    throw FIELDS.error(
        Position.ofFile(path),
        "no Rollout in this file",
        "Give a file with a kind: Rollout (argoproj.io/v1alpha1) document.");
  }

  static RolloutSpec parse(YMap rollout) {
    String name = rollout.text("metadata", "name").orElse("rollout");
    YMap canary =
        rollout
            .get("spec", "strategy", "canary")
            .map(n -> FIELDS.map(n, "spec.strategy.canary"))
            .orElseThrow(
                () ->
                    FIELDS.error(
                        rollout.position(),
                        "Rollout \"" + name + "\" has no spec.strategy.canary",
                        "Only canary strategies can be simulated."));
    List<CanaryStep> steps = new ArrayList<>();
    for (YNode item : FIELDS.list(canary, "steps")) {
      steps.add(step(FIELDS.map(item, "a step")));
    }
    CanaryStep.Analysis background = null;
    if (canary.child("analysis") != null) {
      background = analysis(FIELDS.map(canary.child("analysis"), "canary.analysis"), true);
      if (background.startingStep() < 0 || background.startingStep() > steps.size()) {
        throw FIELDS.error(
            background.position(),
            "analysis.startingStep " + background.startingStep() + " is not a step index",
            "Use 0.." + steps.size() + ".");
      }
    }
    return new RolloutSpec(name, steps, background, rollout.position());
  }

  private static CanaryStep step(YMap step) {
    List<String> kinds = new ArrayList<>();
    for (String key : step.entries().keySet()) {
      if (STEP_KINDS.contains(key)) {
        kinds.add(key);
      }
    }
    if (kinds.isEmpty()) {
      throw FIELDS.error(
          step.position(),
          "step sets none of " + String.join(", ", STEP_KINDS),
          "Each step must set exactly one action, e.g. setWeight: 20.");
    }
    long exclusive = kinds.stream().filter(ONE_OF::contains).count();
    if (exclusive > 1) {
      throw FIELDS.error(
          step.position(),
          "Step must have one of the following set: experiment, setWeight, setCanaryScale or pause",
          "Split the step in two.");
    }
    String kind = kinds.stream().filter(ONE_OF::contains).findFirst().orElse(kinds.get(0));
    YNode value = step.child(kind);
    return switch (kind) {
      case "setWeight" -> new CanaryStep.SetWeight(weight(value), step.position());
      case "pause" -> pause(value, step.position());
      case "analysis" -> analysis(FIELDS.map(value, "analysis"), false);
      case "experiment" ->
          throw FIELDS.error(
              step.keyPosition(kind),
              "experiment steps cannot be simulated offline",
              "Simulate the Rollout without the experiment step, or test its analyses with"
                  + " tollgate analysis test.");
      default -> new CanaryStep.Immediate(kind, step.position());
    };
  }

  private static int weight(YNode value) {
    if (value instanceof YScalar s) {
      try {
        int weight = Integer.parseInt(s.text());
        if (weight >= 0 && weight <= 100) {
          return weight;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw FIELDS.error(
        value.position(),
        "setWeight must be an integer from 0 to 100",
        "Write e.g. setWeight: 20.");
  }

  /**
   * Argo's {@code DurationSeconds}: an int or digits-only string is seconds, anything else a Go
   * duration; sub-second parts are truncated.
   */
  private static CanaryStep pause(YNode value, Position at) {
    if (value instanceof YScalar s && s.isNull()) {
      return new CanaryStep.Pause(null, "", at);
    }
    YMap pause = FIELDS.map(value, "pause");
    FIELDS.allowOnly(pause, Set.of("duration"), "pause");
    String written = FIELDS.string(pause, "duration");
    if (written == null) {
      return new CanaryStep.Pause(null, "", at);
    }
    long millis;
    if (written.chars().allMatch(Character::isDigit) && !written.isEmpty()) {
      millis = Long.parseLong(written) * 1000;
    } else {
      try {
        millis = GoDuration.parseMillis(written) / 1000 * 1000;
      } catch (IllegalArgumentException e) {
        millis = -1;
      }
    }
    if (millis < 0) {
      throw FIELDS.error(
          FIELDS.positionOf(pause, "duration"),
          "pause duration \"" + written + "\" is not a number of seconds or a Go duration",
          "Write e.g. 30, \"30s\", \"10m\" or \"1h\" (no \"d\").");
    }
    String label = written.chars().allMatch(Character::isDigit) ? written + "s" : written;
    return new CanaryStep.Pause(millis, label, at);
  }

  private static CanaryStep.Analysis analysis(YMap section, boolean background) {
    List<TemplateRef> refs = new ArrayList<>();
    for (YNode item : FIELDS.list(section, "templates")) {
      YMap ref = FIELDS.map(item, "a template reference");
      refs.add(
          new TemplateRef(
              FIELDS.requiredString(ref, "templateName", "template reference"),
              FIELDS.bool(ref, "clusterScope", false),
              ref.position()));
    }
    if (refs.isEmpty()) {
      throw FIELDS.error(
          section.position(), "analysis names no templates", "Add templates: [{templateName: x}].");
    }
    int startingStep = 0;
    String start = FIELDS.string(section, "startingStep");
    if (background && start != null) {
      try {
        startingStep = Integer.parseInt(start);
      } catch (NumberFormatException e) {
        throw FIELDS.error(
            FIELDS.positionOf(section, "startingStep"),
            "startingStep must be an integer",
            "Write a step index.");
      }
    }
    return new CanaryStep.Analysis(
        refs,
        TemplateLoader.arguments(FIELDS.list(section, "args")),
        TemplateLoader.nameRules(FIELDS.list(section, "dryRun"), false),
        TemplateLoader.nameRules(FIELDS.list(section, "measurementRetention"), true),
        startingStep,
        section.position());
  }
}
