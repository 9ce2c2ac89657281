package dev.tollgate.lint.rules.argo;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.rules.Nodes;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * argo-rollouts {@code ValidateRolloutStrategyCanary}, the per-step part (checklist §5.1 items
 * 10–18): step kinds, setWeight range, pause duration, and the steps that need traffic routing.
 */
@RuleInfo(
    id = "argo-invalid-canary-step",
    severity = ERROR,
    appliesTo = {"Rollout"},
    summary = "Each canary step must pass Argo Rollouts' step validation.",
    remediation = "Fix the step as the message says; Argo marks the Rollout InvalidSpec otherwise.")
public final class InvalidCanaryStepRule extends ObjectRule {

  private static final List<String> STEP_KINDS =
      List.of(
          "experiment",
          "pause",
          "setWeight",
          "analysis",
          "setCanaryScale",
          "setHeaderRoute",
          "setMirrorRoute",
          "plugin");
  private static final List<String> EXCLUSIVE_KINDS =
      List.of("setWeight", "pause", "experiment", "analysis");
  private static final Pattern DOWNWARD_API_PATH =
      Pattern.compile(
          "metadata\\.(name|namespace|uid|labels|annotations)"
              + "|metadata\\.(labels|annotations)\\['[^']*'\\]");

  @Override
  protected Set<String> kinds() {
    return Set.of("Rollout");
  }

  @Override
  protected void check(KubeObject rollout, Workspace workspace, Findings findings) {
    YMap canary = rollout.root().map("spec", "strategy", "canary").orElse(null);
    if (canary == null) {
      return;
    }
    Reporter out = new Reporter(rollout, findings);
    boolean routing = Nodes.present(canary, "trafficRouting");
    long maxWeight = Rollouts.maxTrafficWeight(canary);
    List<YNode> steps = canary.items("steps");
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i) instanceof YMap step) {
        checkStep(canary, step, "spec.strategy.canary.steps[" + i + "]", routing, maxWeight, out);
      }
    }
  }

  private static void checkStep(
      YMap canary, YMap step, String path, boolean routing, long maxWeight, Reporter out) {
    List<String> set = EXCLUSIVE_KINDS.stream().filter(step::has).collect(Collectors.toList());
    if (set.size() > 1) {
      out.report(
          step.get(set.get(1)).orElseThrow(),
          "%s: step sets %s; Step must have one of the following set: experiment, setWeight,"
              + " setCanaryScale or pause",
          path,
          String.join(" and ", set));
    }
    if (STEP_KINDS.stream().noneMatch(step::has)) {
      out.report(
          step,
          "%s: Step must have one of the following set: experiment, setWeight, setCanaryScale"
              + " or pause",
          path);
    }
    step.get("setWeight")
        .ifPresent(
            w -> {
              long weight = Nodes.asLong(w).orElse(0);
              if (weight < 0 || weight > maxWeight) {
                out.report(
                    w,
                    "%s.setWeight: Invalid value: %d: SetWeight needs to be between 0 and %d",
                    path,
                    weight,
                    maxWeight);
              }
            });
    step.get("pause", "duration")
        .ifPresent(
            d -> {
              if (Rollouts.pauseSeconds(d) < 0) {
                out.report(
                    d,
                    "%s.pause.duration: Invalid value: \"%s\": Duration needs to be greater than 0",
                    path,
                    Nodes.scalarText(d));
              }
            });
    if (step.has("setCanaryScale") && !routing) {
      out.report(
          step.get("setCanaryScale").orElseThrow(),
          "%s.setCanaryScale: SetCanaryScale requires TrafficRouting to be set",
          path);
    }
    checkHeaderRoute(canary, step, path, routing, out);
    checkMirrorRoute(canary, step, path, routing, out);
    checkExperimentWeights(canary, step, path, routing, out);
    checkAnalysisArgs(step, path, out);
  }

  private static void checkHeaderRoute(
      YMap canary, YMap step, String path, boolean routing, Reporter out) {
    YMap route = step.map("setHeaderRoute").orElse(null);
    if (route == null) {
      return;
    }
    boolean alb = Rollouts.routes(canary, "alb");
    if (!routing
        || (!Rollouts.routes(canary, "istio")
            && !alb
            && !Rollouts.routes(canary, "apisix")
            && !Rollouts.hasPlugins(canary))) {
      out.report(
          Nodes.keyOf(step, "setHeaderRoute"),
          "%s.setHeaderRoute: SetHeaderRoute requires TrafficRouting, supports Istio and ALB and"
              + " Apisix",
          path);
    } else {
      List<YMap> matches = Nodes.maps(route, "match");
      for (int j = 0; j < matches.size(); j++) {
        String at = path + ".setHeaderRoute.match[" + j + "]";
        YMap value = matches.get(j).map("headerValue").orElse(null);
        if (alb) {
          if (value == null
              || value.text("exact").orElse("").isEmpty()
              || value.has("regex")
              || value.has("prefix")) {
            out.report(
                value == null ? matches.get(j) : value,
                "%s: SetHeaderRoute match value invalid. ALB supports 'exact' value only",
                at);
          }
        } else {
          stringMatch(value, matches.get(j), at, out);
        }
      }
    }
    checkManagedRoute(canary, step, "setHeaderRoute", path, routing, out);
  }

  private static void checkMirrorRoute(
      YMap canary, YMap step, String path, boolean routing, Reporter out) {
    YMap route = step.map("setMirrorRoute").orElse(null);
    if (route == null) {
      return;
    }
    if (!routing || !Rollouts.routes(canary, "istio")) {
      out.report(
          Nodes.keyOf(step, "setMirrorRoute"),
          "%s.setMirrorRoute: SetMirrorRoute requires TrafficRouting, supports Istio only",
          path);
    }
    List<YMap> matches = Nodes.maps(route, "match");
    for (int j = 0; j < matches.size(); j++) {
      String at = path + ".setMirrorRoute.match[" + j + "]";
      for (String field : new String[] {"method", "path"}) {
        if (matches.get(j).has(field)) {
          stringMatch(matches.get(j).map(field).orElse(null), matches.get(j), at, out);
        }
      }
    }
    checkManagedRoute(canary, step, "setMirrorRoute", path, routing, out);
  }

  /** {@code hasMultipleMatchValues}: exactly one of exact, regex, prefix. */
  private static void stringMatch(YMap value, YNode fallback, String at, Reporter out) {
    long set =
        value == null
            ? 0
            : Set.of("exact", "regex", "prefix").stream()
                .filter(k -> !value.text(k).orElse("").isEmpty())
                .count();
    if (set == 0) {
      out.report(
          value == null ? fallback : value,
          "%s: StringMatch value missed, match value must have one of the following: exact,"
              + " regex, prefix",
          at);
    } else if (set > 1) {
      out.report(
          value,
          "%s: StringMatch match value must have exactly one of the following: exact, regex,"
              + " prefix",
          at);
    }
  }

  private static void checkManagedRoute(
      YMap canary, YMap step, String key, String path, boolean routing, Reporter out) {
    YMap route = step.map(key).orElse(null);
    if (!routing || route == null) {
      return;
    }
    String at = path + "." + key;
    if (!Nodes.present(canary, "trafficRouting", "managedRoutes")) {
      out.report(
          Nodes.keyOf(step, key),
          "spec.strategy.canary.trafficRouting.managedRoutes: Required value: Rollout has missing"
              + " field 'spec.strategy.canary.trafficRouting.managedRoutes'");
      return;
    }
    String name = route.text("name").orElse("");
    boolean listed =
        Nodes.maps(canary, "trafficRouting", "managedRoutes").stream()
            .anyMatch(r -> r.text("name").orElse("").equals(name));
    if (!listed) {
      out.report(
          route.get("name").orElse(route),
          "%s: Invalid value: \"%s\": Steps define a route that does not exist in"
              + " spec.strategy.canary.trafficRouting.managedRoutes",
          at,
          name);
    }
  }

  private static void checkExperimentWeights(
      YMap canary, YMap step, String path, boolean routing, Reporter out) {
    List<YMap> templates = Nodes.maps(step, "experiment", "templates");
    for (int t = 0; t < templates.size(); t++) {
      YNode weight = templates.get(t).get("weight").orElse(null);
      if (weight == null) {
        continue;
      }
      String at = path + ".experiment.templates[" + t + "].weight";
      if (!routing) {
        out.report(
            weight,
            "%s: Experiment template weight cannot be set unless TrafficRouting is enabled",
            at);
      } else if (!Rollouts.routes(canary, "alb")
          && !Rollouts.routes(canary, "smi")
          && !Rollouts.routes(canary, "istio")
          && !Rollouts.hasPlugins(canary)) {
        out.report(
            weight,
            "%s: Experiment template weight is only available for TrafficRouting with SMI, ALB,"
                + " and Istio at this time",
            at);
      }
    }
  }

  /** Item 18: downward-API fieldRefs must name metadata the Rollout has. */
  private static void checkAnalysisArgs(YMap step, String path, Reporter out) {
    List<YMap> args = new java.util.ArrayList<>(Nodes.maps(step, "analysis", "args"));
    for (YMap analysis : Nodes.maps(step, "experiment", "analyses")) {
      args.addAll(Nodes.maps(analysis, "args"));
    }
    for (YMap arg : args) {
      arg.get("valueFrom", "fieldRef", "fieldPath")
          .ifPresent(
              p -> {
                String fieldPath = Nodes.scalarText(p);
                if (fieldPath.startsWith("metadata")
                    && !DOWNWARD_API_PATH.matcher(fieldPath).matches()) {
                  out.report(
                      p,
                      "%s: fieldPath \"%s\": Analyses arguments must refer to valid object"
                          + " metadata supported by downwardAPI",
                      path,
                      fieldPath);
                }
              });
    }
  }
}
