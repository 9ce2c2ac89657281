package dev.tollgate.rules.eval;

import dev.tollgate.promql.Labels;
import dev.tollgate.promql.Sample;
import dev.tollgate.rules.RuleDef;
import dev.tollgate.rules.template.AlertTemplates;
import dev.tollgate.rules.template.Template;
import dev.tollgate.rules.template.TemplateException;
import dev.tollgate.rules.template.TemplateFunctions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An alerting rule with Prometheus's state machine (rules/alerting.go, spec §2.5): pending → firing
 * after {@code for}, {@code keep_firing_for}, resolved alerts kept 15 minutes, and the {@code
 * ALERTS} / {@code ALERTS_FOR_STATE} series written at every evaluation.
 */
public final class AlertingRule {
  private static final long RESOLVED_RETENTION_MILLIS = 15 * 60 * 1000L;

  public enum State {
    PENDING,
    FIRING,
    INACTIVE
  }

  /** One alert instance; mutable, as in Prometheus. */
  public static final class Alert {
    final Labels labels;
    Map<String, String> annotations;
    final long activeAt;
    State state = State.PENDING;
    long resolvedAt = Long.MIN_VALUE;
    long keepFiringSince = Long.MIN_VALUE;
    double value;

    Alert(Labels labels, Map<String, String> annotations, long activeAt, double value) {
      this.labels = labels;
      this.annotations = annotations;
      this.activeAt = activeAt;
      this.value = value;
    }

    public Labels labels() {
      return labels;
    }

    public Map<String, String> annotations() {
      return annotations;
    }

    public State state() {
      return state;
    }
  }

  private final RuleDef def;
  private final Map<String, Template> labelTemplates = new LinkedHashMap<>();
  private final Map<String, Template> annotationTemplates = new LinkedHashMap<>();
  private final Map<Labels, Alert> active = new LinkedHashMap<>();

  public AlertingRule(RuleDef def) throws TemplateException {
    this.def = def;
    for (Map.Entry<String, String> e : def.labels().entrySet()) {
      labelTemplates.put(e.getKey(), AlertTemplates.compile(def.name(), e.getValue()));
    }
    for (Map.Entry<String, String> e : def.annotations().entrySet()) {
      annotationTemplates.put(e.getKey(), AlertTemplates.compile(def.name(), e.getValue()));
    }
  }

  public RuleDef def() {
    return def;
  }

  /** Alerts that are pending or firing. */
  public List<Alert> activeAlerts() {
    List<Alert> out = new ArrayList<>();
    for (Alert a : active.values()) {
      if (a.state != State.INACTIVE) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * Advances the state with the query result at {@code ts}; returns the ALERTS and ALERTS_FOR_STATE
   * samples to write.
   */
  public List<Sample> eval(
      List<Sample> result,
      long ts,
      int limit,
      Map<String, String> externalLabels,
      String externalUrl,
      TemplateFunctions.QueryRunner query)
      throws RuleEvalException {
    Map<Labels, Alert> current = new HashMap<>();
    List<Labels> order = new ArrayList<>();
    for (Sample sample : result) {
      Map<String, String> templateLabels = new TreeMap<>(sample.labels().toMap());
      Labels.Builder lb = sample.labels().toBuilder().del(Labels.METRIC_NAME);
      for (Map.Entry<String, Template> e : labelTemplates.entrySet()) {
        lb.set(
            e.getKey(),
            AlertTemplates.expand(
                e.getValue(), templateLabels, externalLabels, externalUrl, sample.value(), query));
      }
      lb.set("alertname", def.name());
      Labels labels = lb.build();
      Map<String, String> annotations = new TreeMap<>();
      for (Map.Entry<String, Template> e : annotationTemplates.entrySet()) {
        annotations.put(
            e.getKey(),
            AlertTemplates.expand(
                e.getValue(), templateLabels, externalLabels, externalUrl, sample.value(), query));
      }
      if (current.containsKey(labels)) {
        throw new RuleEvalException(
            "vector contains metrics with the same labelset after applying alert labels");
      }
      current.put(labels, new Alert(labels, annotations, ts, sample.value()));
      order.add(labels);
    }
    for (Labels labels : order) {
      Alert fresh = current.get(labels);
      Alert existing = active.get(labels);
      if (existing != null && existing.state != State.INACTIVE) {
        existing.value = fresh.value;
        existing.annotations = fresh.annotations;
        continue;
      }
      active.remove(labels);
      active.put(labels, fresh);
    }
    List<Sample> out = new ArrayList<>();
    int activePending = 0;
    var it = active.entrySet().iterator();
    while (it.hasNext()) {
      Alert a = it.next().getValue();
      if (!current.containsKey(a.labels)) {
        boolean keepFiring = false;
        if (a.state == State.FIRING && def.keepFiringForMillis() > 0) {
          if (a.keepFiringSince == Long.MIN_VALUE) {
            a.keepFiringSince = ts;
          }
          if (ts - a.keepFiringSince < def.keepFiringForMillis()) {
            keepFiring = true;
          }
        }
        if (a.state == State.PENDING
            || (a.resolvedAt != Long.MIN_VALUE && ts - a.resolvedAt > RESOLVED_RETENTION_MILLIS)) {
          it.remove();
        }
        if (a.state != State.INACTIVE && !keepFiring) {
          a.state = State.INACTIVE;
          a.resolvedAt = ts;
        }
        if (!keepFiring) {
          continue;
        }
      } else {
        a.keepFiringSince = Long.MIN_VALUE;
      }
      activePending++;
      if (a.state == State.PENDING && ts - a.activeAt >= def.forMillis()) {
        a.state = State.FIRING;
      }
      Labels.Builder alerts = a.labels.toBuilder();
      alerts.set(Labels.METRIC_NAME, "ALERTS");
      alerts.set("alertstate", a.state == State.FIRING ? "firing" : "pending");
      out.add(new Sample(alerts.build(), ts, 1));
      Labels.Builder forState = a.labels.toBuilder();
      forState.set(Labels.METRIC_NAME, "ALERTS_FOR_STATE");
      out.add(new Sample(forState.build(), ts, Math.floorDiv(a.activeAt, 1000L)));
    }
    if (limit > 0 && activePending > limit) {
      active.clear();
      throw new RuleEvalException(
          "exceeded limit of " + limit + " with " + activePending + " alerts");
    }
    return out;
  }
}
