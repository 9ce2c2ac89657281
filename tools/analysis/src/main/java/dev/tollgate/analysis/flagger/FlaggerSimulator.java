package dev.tollgate.analysis.flagger;

import dev.tollgate.core.InputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Simulates Flagger's canary scheduler (fluxcd/flagger v1.44.0 {@code pkg/controller/scheduler.go}
 * and {@code scheduler_metrics.go}) on a virtual clock, one tick per {@code analysis.interval}: the
 * first tick detects the new revision; the next starts the analysis (pre-rollout webhooks only, no
 * metrics) and shifts the first step of traffic; every later tick checks the metrics (built-in
 * ones, then MetricTemplates, stopping at the first failure), where a failure adds one to the
 * cumulative failed-checks counter and halts advancement, and success advances the weight or, at
 * maxWeight, promotes. The tick after the counter reaches {@code threshold} rolls back. Webhooks
 * are assumed to pass and pods to be ready at once.
 */
public final class FlaggerSimulator {
  /** A run that neither promotes nor rolls back within this many ticks is reported unfinished. */
  static final int MAX_TICKS = 10_000;

  private FlaggerSimulator() {}

  public static FlaggerOutcome simulate(
      FlaggerCanary canary, List<MetricTemplate> templates, MetricQuery queries, long startMillis) {
    new Run(canary, templates, queries).validate();
    return new Run(canary, templates, queries).simulate(startMillis);
  }

  private static final class Run {
    private final FlaggerCanary canary;
    private final FlaggerCanary.Analysis analysis;
    private final List<MetricTemplate> templates;
    private final MetricQuery queries;
    private final String id;
    private final List<FlaggerOutcome.Tick> timeline = new ArrayList<>();
    private int weight;
    private int failedChecks;
    private int iterations;
    private String lastFailure = "";

    Run(FlaggerCanary canary, List<MetricTemplate> templates, MetricQuery queries) {
      this.canary = canary;
      this.analysis = canary.analysis();
      this.templates = templates;
      this.queries = queries;
      this.id = canary.name() + "." + canary.namespace();
    }

    /** Offline problems Flagger would only log every tick are input errors here. */
    void validate() {
      for (FlaggerCanary.MetricSpec m : analysis.metrics()) {
        if (BuiltinQueries.isBuiltin(m.name()) && !BuiltinQueries.supports(observer())) {
          throw FlaggerLoader.error(
              m.position(),
              "built-in metric \""
                  + m.name()
                  + "\" for provider \""
                  + canary.provider()
                  + "\" is not modelled by the simulator",
              "Use provider istio or kubernetes, or a MetricTemplate with the query.");
        }
        if (!m.templateName().isEmpty()) {
          MetricTemplate t = template(m);
          if (!t.providerType().equals("prometheus")) {
            throw FlaggerLoader.error(
                t.position(),
                "MetricTemplate \""
                    + t.name()
                    + "\" uses provider \""
                    + t.providerType()
                    + "\"; only prometheus can be simulated",
                "Simulate with a prometheus MetricTemplate.");
          }
        }
      }
    }

    private String observer() {
      // a Service target appends ":service", which Flagger's observer factory maps to istio
      return canary.targetKind().equals("Service") ? "istio" : canary.provider();
    }

    private MetricTemplate template(FlaggerCanary.MetricSpec m) {
      String namespace =
          m.templateNamespace().isEmpty() ? canary.namespace() : m.templateNamespace();
      for (MetricTemplate t : templates) {
        if (t.name().equals(m.templateName()) && t.namespace().equals(namespace)) {
          return t;
        }
      }
      InputException missing =
          FlaggerLoader.error(
              m.position(),
              "metric \""
                  + m.name()
                  + "\" references MetricTemplate \""
                  + m.templateName()
                  + "\" in namespace \""
                  + namespace
                  + "\", which is not among the given files",
              "Add the MetricTemplate's file, or fix templateRef.name and templateRef.namespace.");
      throw missing;
    }

    FlaggerOutcome simulate(long start) {
      long interval = analysis.intervalMillis();
      record(
          start,
          "Progressing",
          List.of(),
          "New revision detected! Scaling up " + canary.targetName() + "." + canary.namespace());
      String phase = "Progressing";
      long promotedAt = -1;
      for (int k = 1; k <= MAX_TICKS; k++) {
        long t = start + k * interval;
        switch (phase) {
          case "Promoting" -> {
            int step = analysis.stepWeightPromotion();
            int primary = step == 0 ? 100 : Math.min(100, 100 - weight + step);
            weight = 100 - primary;
            if (primary < 100) {
              record(t, phase, List.of(), "Advance " + id + " primary weight " + primary);
            } else {
              phase = "Finalising";
              record(t, phase, List.of(), "Routing all traffic to primary");
            }
            continue;
          }
          case "Finalising" -> {
            record(
                t,
                "Succeeded",
                List.of(),
                "Promotion completed! Scaling down "
                    + canary.targetName()
                    + "."
                    + canary.namespace());
            return outcome(FlaggerOutcome.Result.PROMOTED, promotedAt, "");
          }
          default -> {}
        }
        if (failedChecks >= analysis.threshold()) {
          weight = 0;
          record(
              t,
              "Failed",
              List.of(),
              "Rolling back " + id + " failed checks threshold reached " + failedChecks);
          return outcome(
              FlaggerOutcome.Result.ROLLED_BACK,
              t,
              lastFailure
                  + " (failed checks "
                  + failedChecks
                  + " >= threshold "
                  + analysis.threshold()
                  + ")");
        }
        if (canary.skipAnalysis()) {
          record(t, "Succeeded", List.of(), "Skipping analysis for " + id + "; promoting");
          return outcome(FlaggerOutcome.Result.PROMOTED, t, "");
        }
        List<FlaggerOutcome.MetricCheck> checks = new ArrayList<>();
        String event;
        if (weight == 0 && iterations == 0) {
          event = "Starting canary analysis for " + canary.targetName() + "." + canary.namespace();
        } else {
          FlaggerOutcome.MetricCheck failed = runAnalysis(t, checks);
          if (failed != null) {
            failedChecks++;
            lastFailure = failed.message();
            record(t, phase, checks, "Halt " + id + " advancement: " + failed.message());
            continue;
          }
          event = "";
        }
        String advance;
        if (analysis.iterations() > 0) {
          if (iterations < analysis.iterations()) {
            iterations++;
            advance =
                "Advance " + id + " canary iteration " + iterations + "/" + analysis.iterations();
          } else {
            phase = "Promoting";
            promotedAt = t;
            advance =
                "Copying "
                    + canary.targetName()
                    + "."
                    + canary.namespace()
                    + " template spec to "
                    + canary.targetName()
                    + "-primary."
                    + canary.namespace();
          }
        } else if (weight < analysis.maxWeight()) {
          weight = nextWeight();
          advance = "Advance " + id + " canary weight " + weight;
        } else {
          phase = "Promoting";
          promotedAt = t;
          advance =
              "Copying "
                  + canary.targetName()
                  + "."
                  + canary.namespace()
                  + " template spec to "
                  + canary.targetName()
                  + "-primary."
                  + canary.namespace();
        }
        record(t, phase, checks, event.isEmpty() ? advance : event + "; " + advance);
      }
      return outcome(FlaggerOutcome.Result.UNFINISHED, start + MAX_TICKS * interval, "");
    }

    private int nextWeight() {
      if (!analysis.stepWeights().isEmpty()) {
        for (int w : analysis.stepWeights()) {
          if (w > weight) {
            return w;
          }
        }
        return analysis.maxWeight();
      }
      return Math.min(100, weight + analysis.stepWeight());
    }

    /**
     * Built-in and inline-query metrics first, then MetricTemplates; stops at the first failure.
     */
    private FlaggerOutcome.MetricCheck runAnalysis(
        long t, List<FlaggerOutcome.MetricCheck> checks) {
      for (boolean templated : new boolean[] {false, true}) {
        for (FlaggerCanary.MetricSpec m : analysis.metrics()) {
          boolean isTemplated = !m.templateName().isEmpty();
          if (isTemplated != templated
              || (!templated && !BuiltinQueries.isBuiltin(m.name()) && m.query().isEmpty())) {
            continue;
          }
          FlaggerOutcome.MetricCheck check = check(m, t);
          checks.add(check);
          if (!check.passed()) {
            return check;
          }
        }
      }
      return null;
    }

    private FlaggerOutcome.MetricCheck check(FlaggerCanary.MetricSpec m, long t) {
      String query;
      try {
        if (!m.templateName().isEmpty()) {
          query = QueryTemplate.render(template(m).query(), model(m));
        } else if (BuiltinQueries.isBuiltin(m.name())) {
          query = QueryTemplate.render(BuiltinQueries.query(observer(), m.name()), model(m));
        } else {
          query = m.query(); // Flagger runs the deprecated inline query without templating
        }
      } catch (IllegalArgumentException e) {
        return new FlaggerOutcome.MetricCheck(
            m.name(), Double.NaN, false, m.name() + " query render error: " + e.getMessage());
      }
      double value;
      try {
        value = queries.query(query, t);
      } catch (NoValuesFoundException e) {
        return new FlaggerOutcome.MetricCheck(
            m.name(),
            Double.NaN,
            false,
            "no values found for metric "
                + m.name()
                + " probably "
                + canary.targetName()
                + "."
                + canary.namespace()
                + " is not receiving traffic");
      } catch (Exception e) {
        return new FlaggerOutcome.MetricCheck(
            m.name(),
            Double.NaN,
            false,
            "metric query failed for " + m.name() + ": " + e.getMessage());
      }
      String failure =
          BuiltinQueries.DURATION.equals(m.name())
                  && m.templateName().isEmpty()
                  && m.query().isEmpty()
              ? durationFailure(m, BuiltinQueries.durationMillis(observer(), value))
              : valueFailure(
                  m,
                  value,
                  BuiltinQueries.SUCCESS_RATE.equals(m.name())
                      && m.templateName().isEmpty()
                      && m.query().isEmpty());
      return new FlaggerOutcome.MetricCheck(m.name(), value, failure.isEmpty(), failure);
    }

    /** NaN passes: Flagger's comparisons with NaN are all false. */
    private static String valueFailure(
        FlaggerCanary.MetricSpec m, double value, boolean successRate) {
      if (m.hasRange()) {
        if (m.min() != null && value < m.min()) {
          return m.name() + " " + number(value) + " < " + number(m.min());
        }
        if (m.max() != null && value > m.max()) {
          return m.name() + " " + number(value) + " > " + number(m.max());
        }
        return "";
      }
      if (successRate) {
        return m.threshold() > value
            ? m.name() + " " + number(value) + " < " + number(m.threshold())
            : "";
      }
      return value > m.threshold()
          ? m.name() + " " + number(value) + " > " + number(m.threshold())
          : "";
    }

    private static String durationFailure(FlaggerCanary.MetricSpec m, long millis) {
      if (m.hasRange()) {
        if (m.min() != null && millis < m.min().longValue()) {
          return m.name() + " " + millis + "ms < " + m.min().longValue() + "ms";
        }
        if (m.max() != null && millis > m.max().longValue()) {
          return m.name() + " " + millis + "ms > " + m.max().longValue() + "ms";
        }
        return "";
      }
      long threshold = (long) m.threshold();
      return millis > threshold ? m.name() + " " + millis + "ms > " + threshold + "ms" : "";
    }

    private QueryTemplate.Model model(FlaggerCanary.MetricSpec m) {
      return new QueryTemplate.Model(
          canary.name(),
          canary.namespace(),
          canary.targetName(),
          canary.serviceName(),
          canary.ingressName(),
          m.interval(),
          m.templateVariables());
    }

    private void record(
        long t, String phase, List<FlaggerOutcome.MetricCheck> checks, String event) {
      timeline.add(new FlaggerOutcome.Tick(t, phase, weight, checks, failedChecks, event));
    }

    private FlaggerOutcome outcome(FlaggerOutcome.Result result, long t, String reason) {
      return new FlaggerOutcome(timeline, result, t, failedChecks, reason);
    }
  }

  /** Up to two decimals, trailing zeros dropped: 91.2, 99, 0.95. */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return Double.isNaN(value) ? "NaN" : value > 0 ? "+Inf" : "-Inf";
    }
    return BigDecimal.valueOf(value)
        .setScale(2, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }
}
