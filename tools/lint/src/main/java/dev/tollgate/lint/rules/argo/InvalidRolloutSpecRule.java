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
import java.util.Optional;
import java.util.Set;

/**
 * argo-rollouts {@code ValidateRolloutSpec} and {@code ValidateRolloutStrategy*} (checklist §5.1
 * items 1–9, 19, 20), which the controller applies only at reconcile time (InvalidSpec, Degraded).
 * Messages carry the field path and Argo's own message text. Step checks are in {@link
 * InvalidCanaryStepRule}.
 */
@RuleInfo(
    id = "argo-invalid-rollout-spec",
    severity = ERROR,
    appliesTo = {"Rollout"},
    summary = "A Rollout must pass Argo Rollouts' spec validation.",
    remediation =
        "Fix the field as the message says; Argo marks the Rollout InvalidSpec otherwise.")
public final class InvalidRolloutSpecRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Set.of("Rollout");
  }

  @Override
  protected void check(KubeObject rollout, Workspace workspace, Findings findings) {
    YMap spec = rollout.root().map("spec").orElse(null);
    if (spec == null) {
      return;
    }
    Reporter out = new Reporter(rollout, findings);
    for (String field : new String[] {"replicas", "minReadySeconds", "revisionHistoryLimit"}) {
      nonNegative(spec, field, out);
    }
    nonNegative(spec, "progressDeadlineSeconds", out);
    long minReady = Nodes.longAt(spec, "minReadySeconds").orElse(0);
    long deadline =
        Nodes.longAt(spec, "progressDeadlineSeconds")
            .orElse(Rollouts.DEFAULT_PROGRESS_DEADLINE_SECONDS);
    if (deadline <= minReady) {
      out.report(
          spec.get("progressDeadlineSeconds").or(() -> spec.get("minReadySeconds")).orElse(spec),
          "spec.progressDeadlineSeconds: Invalid value: %d: must be greater than minReadySeconds",
          deadline);
    }
    boolean workloadRef = Nodes.present(spec, "workloadRef");
    if (!workloadRef) {
      Optional<YNode> selector = spec.get("selector");
      if (selector.isEmpty() || !Nodes.present(spec, "selector")) {
        out.report(
            selector.orElseGet(() -> Nodes.keyOf(rollout.root(), "spec")),
            "spec.selector: Required value: Rollout has missing field '.spec.selector'");
      } else if (selector.get().items("matchExpressions").isEmpty()
          && selector.get().map("matchLabels").map(m -> m.entries().isEmpty()).orElse(true)) {
        out.report(selector.get(), "spec.selector: empty selector is invalid for deployment");
      }
    } else if (Nodes.present(spec, "template", "metadata", "labels")
        || Nodes.present(spec, "template", "metadata", "annotations")) {
      out.report(
          Nodes.keyOf(spec, "template"),
          "spec.template: template must be empty for workload reference rollout");
    }
    checkStrategy(spec, out);
  }

  private static void nonNegative(YMap spec, String field, Reporter out) {
    spec.get(field)
        .ifPresent(
            node -> {
              long value = Nodes.asLong(node).orElse(0);
              if (value < 0) {
                out.report(
                    node,
                    "spec.%s: Invalid value: %d: must be greater than or equal to 0",
                    field,
                    value);
              }
            });
  }

  private static void checkStrategy(YMap spec, Reporter out) {
    YMap strategy = spec.map("strategy").orElse(null);
    boolean canary = strategy != null && Nodes.present(strategy, "canary");
    boolean blueGreen = strategy != null && Nodes.present(strategy, "blueGreen");
    if (!canary && !blueGreen) {
      out.report(
          spec.get("strategy").orElse(spec),
          "spec.strategy: Required value: Rollout has missing field '.spec.strategy.canary or"
              + " .spec.strategy.blueGreen'");
    } else if (canary && blueGreen) {
      out.report(strategy, "spec.strategy: Multiple Strategies can not be listed");
    } else if (blueGreen) {
      strategy.map("blueGreen").ifPresent(b -> checkBlueGreen(spec, b, out));
    } else {
      strategy.map("canary").ifPresent(c -> checkCanary(c, out));
    }
  }

  private static void checkBlueGreen(YMap spec, YMap blueGreen, Reporter out) {
    String active = blueGreen.text("activeService").orElse("");
    String preview = blueGreen.text("previewService").orElse("");
    if (active.equals(preview)) {
      out.report(
          blueGreen
              .get("previewService")
              .or(() -> blueGreen.get("activeService"))
              .orElse(blueGreen),
          "spec.strategy.blueGreen.activeService: This rollout uses the same service for the"
              + " active and preview services, but two different services are required");
    }
    long history =
        Nodes.longAt(spec, "revisionHistoryLimit").orElse(Rollouts.DEFAULT_REVISION_HISTORY_LIMIT);
    Nodes.longAt(blueGreen, "scaleDownDelayRevisionLimit")
        .ifPresent(
            limit -> {
              if (history < limit) {
                out.report(
                    blueGreen.get("scaleDownDelayRevisionLimit").orElseThrow(),
                    "spec.strategy.blueGreen.scaleDownDelayRevisionLimit: This rollout's revision"
                        + " history limit can not be smaller than the rollout's scale down limit");
              }
            });
    checkAntiAffinity(blueGreen, "blueGreen", out);
  }

  private static void checkCanary(YMap canary, Reporter out) {
    long surge = canary.get("maxSurge").map(Rollouts::intOrPercent).orElse(25L);
    long unavailable = canary.get("maxUnavailable").map(Rollouts::intOrPercent).orElse(25L);
    if (surge == 0 && unavailable == 0) {
      out.report(
          canary.get("maxSurge").orElse(canary),
          "spec.strategy.canary.maxSurge: MaxSurge and MaxUnavailable both can not be zero");
    }
    String canarySvc = canary.text("canaryService").orElse("");
    String stableSvc = canary.text("stableService").orElse("");
    if (!canarySvc.isEmpty() && canarySvc.equals(stableSvc)) {
      out.report(
          canary.get("stableService").orElseThrow(),
          "spec.strategy.canary.stableService: This rollout uses the same service for the stable"
              + " and canary services, but two different services are required");
    }
    boolean routing = Nodes.present(canary, "trafficRouting");
    boolean alb = Rollouts.routes(canary, "alb");
    YMap pingPong = canary.map("pingPong").orElse(null);
    if (pingPong != null) {
      if (routing && !alb) {
        out.report(
            canary.get("trafficRouting").orElseThrow(),
            "spec.strategy.canary.trafficRouting.alb: Ping-pong feature works with the ALB"
                + " traffic routing only");
      }
      String ping = pingPong.text("pingService").orElse("");
      String pong = pingPong.text("pongService").orElse("");
      if (ping.isEmpty() || pong.isEmpty()) {
        out.report(
            pingPong,
            "spec.strategy.canary.pingPong: Ping service and Pong service must to be set to use"
                + " Ping-Pong feature");
      } else if (ping.equals(pong)) {
        out.report(
            pingPong.get("pongService").orElseThrow(),
            "spec.strategy.canary.pingPong.pingService: This rollout uses the same service for"
                + " the ping and pong services, but two different services are required");
      }
      if (alb && canary.text("trafficRouting", "alb", "rootService").orElse("").isEmpty()) {
        out.report(
            canary.get("trafficRouting", "alb").orElseThrow(),
            "spec.strategy.canary.trafficRouting.alb.rootService: Root service field is required"
                + " for the configuration with ALB and ping-pong feature enabled");
      }
    }
    if (requiresCanaryAndStableServices(canary, pingPong != null)) {
      for (String field : new String[] {"stableService", "canaryService"}) {
        if (canary.text(field).orElse("").isEmpty()) {
          out.report(
              canary.get(field).orElseGet(() -> Nodes.keyOf(canary, "trafficRouting")),
              "spec.strategy.canary.%s: Canary service and Stable service must to be set to use"
                  + " Traffic Routing",
              field);
        }
      }
    }
    checkTrafficRoutingOptions(canary, routing, out);
    checkOneOf(canary, "nginx", "stableIngress", "stableIngresses", out);
    checkOneOf(canary, "alb", "ingress", "ingresses", out);
    checkOneOf(canary, "istio", "virtualService", "virtualServices", out);
    checkAntiAffinity(canary, "canary", out);
  }

  /**
   * validation_references.go {@code ValidateRolloutNginxIngressesConfig} and its ALB and Istio
   * twins: exactly one of the single and the list field.
   */
  private static void checkOneOf(
      YMap canary, String router, String single, String multiple, Reporter out) {
    YMap config = canary.map("trafficRouting", router).orElse(null);
    if (config == null) {
      return;
    }
    boolean one = !config.text(single).orElse("").isEmpty() || config.map(single).isPresent();
    boolean many = !config.items(multiple).isEmpty();
    if (one == many) {
      String message =
          router.equals("istio")
              ? "either VirtualService or VirtualServices must be configured"
              : String.format(
                  "Either %s or %s must be configured. %s are configured",
                  capitalize(single), capitalize(multiple), one ? "Both" : "Neither");
      out.report(
          Nodes.keyOf(canary.map("trafficRouting").orElseThrow(), router),
          "spec.strategy.canary.trafficRouting.%s: %s",
          router,
          message);
    }
  }

  private static String capitalize(String field) {
    return Character.toUpperCase(field.charAt(0)) + field.substring(1);
  }

  /** {@code requireCanaryStableServices}. */
  private static boolean requiresCanaryAndStableServices(YMap canary, boolean pingPong) {
    return (Rollouts.routes(canary, "alb") && !pingPong)
        || (Rollouts.routes(canary, "istio")
            && !Nodes.present(canary, "trafficRouting", "istio", "destinationRule"))
        || Rollouts.routes(canary, "smi")
        || Rollouts.routes(canary, "apisix")
        || Rollouts.routes(canary, "ambassador")
        || Rollouts.routes(canary, "nginx")
        || Rollouts.routes(canary, "appMesh")
        || Rollouts.routes(canary, "traefik");
  }

  private static void checkTrafficRoutingOptions(YMap canary, boolean routing, Reporter out) {
    Optional<YNode> scaleDownDelay = canary.get("scaleDownDelaySeconds");
    boolean dynamic = Nodes.isTrue(canary, "dynamicStableScale");
    if (!routing) {
      scaleDownDelay.ifPresent(
          n ->
              out.report(
                  n,
                  "spec.strategy.canary.scaleDownDelaySeconds: Canary scaleDownDelaySeconds can"
                      + " only be used with traffic routing"));
      if (dynamic) {
        out.report(
            canary.get("dynamicStableScale").orElseThrow(),
            "spec.strategy.canary.dynamicStableScale: Canary dynamicStableScale can only be used"
                + " with traffic routing");
      }
      return;
    }
    if (scaleDownDelay.isPresent() && dynamic) {
      out.report(
          canary.get("dynamicStableScale").orElseThrow(),
          "spec.strategy.canary.dynamicStableScale: Canary dynamicStableScale cannot be used with"
              + " scaleDownDelaySeconds");
    }
    canary
        .get("trafficRouting", "maxTrafficWeight")
        .ifPresent(
            n -> {
              if (!Rollouts.routes(canary, "nginx") && !Rollouts.hasPlugins(canary)) {
                out.report(
                    n,
                    "spec.strategy.canary.trafficRouting.maxTrafficWeight: Canary"
                        + " maxTrafficWeight in traffic routing only support in Nginx and"
                        + " Plugins");
              }
            });
  }

  private static void checkAntiAffinity(YMap strategy, String name, Reporter out) {
    YMap anti = strategy.map("antiAffinity").orElse(null);
    if (anti == null) {
      return;
    }
    boolean preferred = Nodes.present(anti, "preferredDuringSchedulingIgnoredDuringExecution");
    boolean required = Nodes.present(anti, "requiredDuringSchedulingIgnoredDuringExecution");
    if (preferred == required) {
      out.report(
          Nodes.keyOf(strategy, "antiAffinity"),
          "spec.strategy.%s.antiAffinity: AntiAffinity must have exactly one strategy listed",
          name);
    }
    anti.get("preferredDuringSchedulingIgnoredDuringExecution", "weight")
        .ifPresent(
            w -> {
              long weight = Nodes.asLong(w).orElse(0);
              if (weight < 1 || weight > 100) {
                out.report(
                    w,
                    "spec.strategy.%s.antiAffinity.weight: AntiAffinity weight must be between"
                        + " 1-100",
                    name);
              }
            });
  }
}
