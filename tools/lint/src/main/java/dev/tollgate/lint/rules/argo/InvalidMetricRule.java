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
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * argo-rollouts {@code ValidateMetrics} / {@code ValidateMetric} (checklist §5.2) plus the
 * Prometheus provider's address and timeout checks. Argo runs these only when an AnalysisRun is
 * reconciled, after args are substituted, so values still written as {@code {{args.x}}} are left
 * for then.
 */
@RuleInfo(
    id = "argo-invalid-metric",
    severity = ERROR,
    appliesTo = {"AnalysisTemplate", "ClusterAnalysisTemplate", "AnalysisRun"},
    summary = "Analysis metrics must pass Argo Rollouts' metric validation.",
    remediation = "Fix the metric as the message says; the AnalysisRun errors out otherwise.")
public final class InvalidMetricRule extends ObjectRule {

  @Override
  protected Set<String> kinds() {
    return Templates.KINDS;
  }

  @Override
  protected void check(KubeObject template, Workspace workspace, Findings findings) {
    YMap spec = template.root().map("spec").orElse(null);
    if (spec == null) {
      return;
    }
    Reporter out = new Reporter(template, findings);
    List<YNode> metrics = spec.items("metrics");
    if (metrics.isEmpty() && (template.kind().equals("AnalysisRun") || !spec.has("templates"))) {
      out.report(Nodes.keyOf(template.root(), "spec"), "no metrics specified");
    }
    Set<String> names = new HashSet<>();
    for (Templates.Metric entry : Templates.metrics(metrics)) {
      YMap metric = entry.node();
      String name = metric.text("name").orElse("");
      if (!names.add(name)) {
        out.report(
            metric.get("name").orElse(metric),
            "metrics[%d]: duplicate name \"%s\"",
            entry.index(),
            name);
      }
      checkMetric(entry.path(), metric, out);
    }
  }

  private static void checkMetric(String at, YMap metric, Reporter out) {
    OptionalLong count = Templates.intOrString(metric, "count");
    OptionalLong failureLimit = Templates.intOrString(metric, "failureLimit");
    OptionalLong inconclusiveLimit = Templates.intOrString(metric, "inconclusiveLimit");
    OptionalLong successLimit = Templates.intOrString(metric, "consecutiveSuccessLimit");
    OptionalLong errorLimit = Templates.intOrString(metric, "consecutiveErrorLimit");
    long fl = failureLimit.orElse(0);
    long il = inconclusiveLimit.orElse(0);
    long csl = successLimit.orElse(0);
    if (csl < 0) {
      out.report(
          metric.get("consecutiveSuccessLimit").orElseThrow(),
          "%s: consecutiveSuccessLimit must be >= 0",
          at);
    }
    if (fl < -1) {
      out.report(metric.get("failureLimit").orElseThrow(), "%s: failureLimit must be >= -1", at);
    } else if (fl == -1 && csl == 0) {
      out.report(
          metric.get("failureLimit").orElseThrow(),
          "%s: failureLimit and consecutiveSuccessLimit cannot both be disabled",
          at);
    }
    if (il < 0) {
      out.report(
          metric.get("inconclusiveLimit").orElseThrow(), "%s: inconclusiveLimit must be >= 0", at);
    }
    if (errorLimit.isPresent() && errorLimit.getAsLong() < 0) {
      out.report(
          metric.get("consecutiveErrorLimit").orElseThrow(),
          "%s: consecutiveErrorLimit must be >= 0",
          at);
    }
    if (count.isPresent() && count.getAsLong() > 0) {
      long c = count.getAsLong();
      YNode countNode = metric.get("count").orElseThrow();
      if (fl >= 0 && c < fl + csl) {
        out.report(countNode, "%s: count must be >= failureLimit + consecutiveSuccessLimit", at);
      } else if (fl == -1 && c < csl) {
        out.report(countNode, "%s: count must be >= consecutiveSuccessLimit", at);
      }
      if (c < il) {
        out.report(countNode, "%s: count must be >= inconclusiveLimit", at);
      }
      if (c > 1 && !Nodes.nonEmptyText(metric, "interval").isPresent()) {
        out.report(countNode, "%s: interval must be specified when count > 1", at);
      }
    }
    checkDuration(metric, "interval", "invalid interval string", at, out);
    checkDuration(metric, "initialDelay", "invalid startDelay string", at, out);
    checkProvider(at, metric, out);
  }

  private static void checkDuration(
      YMap metric, String field, String problem, String at, Reporter out) {
    metric
        .get(field)
        .ifPresent(
            node -> {
              String text = Nodes.scalarText(node);
              if (!text.isEmpty()
                  && !Templates.ANY_TAG.matcher(text).find()
                  && GoDuration.parseSeconds(text).isEmpty()) {
                out.report(node, "%s: %s: time: invalid duration \"%s\"", at, problem, text);
              }
            });
  }

  private static void checkProvider(String at, YMap metric, Reporter out) {
    YMap provider = metric.map("provider").orElse(null);
    int providers = 0;
    if (provider != null) {
      for (String p : Templates.PROVIDERS) {
        if (Nodes.present(provider, p)) {
          providers++;
        }
      }
      providers += provider.map("plugin").map(m -> m.entries().size()).orElse(0);
    }
    if (providers == 0) {
      out.report(
          provider == null ? metric : Nodes.keyOf(metric, "provider"),
          "%s: no provider specified",
          at);
    } else if (providers > 1) {
      out.report(Nodes.keyOf(metric, "provider"), "%s: multiple providers specified", at);
    }
    YMap prometheus = provider == null ? null : provider.map("prometheus").orElse(null);
    if (prometheus == null) {
      return;
    }
    prometheus
        .get("address")
        .ifPresent(
            node -> {
              String address = Nodes.scalarText(node);
              if (!address.isEmpty()
                  && !Templates.ANY_TAG.matcher(address).find()
                  && !isUrl(address)) {
                out.report(node, "%s: prometheus address is not is url format", at);
              }
            });
    prometheus
        .get("timeout")
        .ifPresent(
            node -> {
              if (Nodes.asLong(node).orElse(0) < 0) {
                out.report(node, "%s: prometheus timeout should not be negative", at);
              }
            });
  }

  /** Go's url.ParseRequestURI plus a non-empty scheme and host, as the provider requires. */
  private static boolean isUrl(String address) {
    try {
      URI uri = new URI(address);
      return uri.getScheme() != null && uri.getHost() != null && !uri.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
