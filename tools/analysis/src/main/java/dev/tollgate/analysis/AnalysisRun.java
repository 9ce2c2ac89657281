package dev.tollgate.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * An AnalysisRun driven event by event on a clock: Argo's scheduling ({@code generateMetricTasks},
 * spec §2.4) and run assessment ({@code assessRunStatus}, §2.5) with the time model of §10. Every
 * measurement takes no time; the next one of a metric is due exactly one interval after the
 * previous one, or 10 s after an Error.
 */
public final class AnalysisRun {
  /** Argo's {@code DefaultErrorRetryInterval}. */
  public static final long ERROR_RETRY_MILLIS = 10_000;

  /** Called after each measurement, e.g. to print it as it comes. */
  public interface Listener {
    void measured(MetricResult metric, Measurement measurement);
  }

  /** The run's state after a reconcile at {@code timeMillis}. */
  public record Snapshot(
      long timeMillis, AnalysisPhase phase, String message, Map<String, AnalysisPhase> metrics) {}

  private final Map<String, MetricResult> results = new LinkedHashMap<>();
  private final MetricProvider provider;
  private final ConditionEvaluator conditions;
  private final long startMillis;
  private final List<Snapshot> history = new ArrayList<>();
  private Listener listener = (metric, measurement) -> {};
  private AnalysisPhase phase = AnalysisPhase.RUNNING;
  private String message = "";
  private boolean terminateRequested;
  private long endMillis = -1;
  private Set<String> secrets = Set.of();

  public AnalysisRun(
      List<Metric> metrics,
      MetricProvider provider,
      ConditionEvaluator conditions,
      long startMillis) {
    for (Metric metric : metrics) {
      results.put(metric.name(), new MetricResult(metric));
    }
    this.provider = provider;
    this.conditions = conditions;
    this.startMillis = startMillis;
  }

  public void setListener(Listener listener) {
    this.listener = listener;
  }

  /**
   * Values from {@code secretKeyRef} arguments: Argo writes {@code *****} for them in measurement
   * messages, so an error that echoes a URL or query does not leak them.
   */
  public void setSecrets(Set<String> values) {
    secrets = Set.copyOf(values);
  }

  public long startMillis() {
    return startMillis;
  }

  public AnalysisPhase phase() {
    return phase;
  }

  /** Argo's run message, e.g. {@code Metric "x" assessed Failed due to failed (1) > ...}. */
  public String message() {
    return message;
  }

  /** When the run completed, or -1 while it is running. */
  public long endMillis() {
    return endMillis;
  }

  public boolean isCompleted() {
    return phase.isCompleted();
  }

  public Map<String, MetricResult> results() {
    return Collections.unmodifiableMap(results);
  }

  public List<Snapshot> history() {
    return Collections.unmodifiableList(history);
  }

  /** The time of the next measurement, empty once the run is complete or has nothing to do. */
  public OptionalLong nextMeasurementTime() {
    if (phase.isCompleted() || isTerminating()) {
      return OptionalLong.empty();
    }
    long next = Long.MAX_VALUE;
    for (MetricResult result : results.values()) {
      long due = dueTime(result);
      if (due >= 0) {
        next = Math.min(next, due);
      }
    }
    return next == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(next);
  }

  /** Takes every measurement due at or before {@code timeMillis}, in time order. */
  public void advanceTo(long timeMillis) {
    OptionalLong next = nextMeasurementTime();
    while (next.isPresent() && next.getAsLong() <= timeMillis) {
      reconcileAt(next.getAsLong());
      next = nextMeasurementTime();
    }
  }

  /** Takes the measurements due at the next event time; false when there is none. */
  public boolean step() {
    OptionalLong next = nextMeasurementTime();
    if (next.isEmpty()) {
      return false;
    }
    reconcileAt(next.getAsLong());
    return true;
  }

  /**
   * Terminates the run, as the Rollout does when it finishes, aborts or promotes: metrics still
   * going count as Successful.
   */
  public void terminate(long timeMillis) {
    if (phase.isCompleted()) {
      return;
    }
    terminateRequested = true;
    assess(timeMillis);
    if (message.isEmpty()) {
      message = "Run Terminated";
    }
  }

  /** -1 when the metric takes no further measurement ({@code generateMetricTasks}). */
  private long dueTime(MetricResult result) {
    if (result.phase().isCompleted()) {
      return -1;
    }
    Metric metric = result.metric();
    Measurement last = result.lastMeasurement();
    if (last == null) {
      return startMillis + metric.initialDelayMillis();
    }
    Integer effectiveCount = metric.effectiveCount();
    if (effectiveCount != null && result.count() >= effectiveCount) {
      return -1;
    }
    long interval = ERROR_RETRY_MILLIS;
    if (metric.intervalMillis() != null && last.phase() != AnalysisPhase.ERROR) {
      interval = metric.intervalMillis();
    }
    return last.timeMillis() + interval;
  }

  private void reconcileAt(long timeMillis) {
    for (MetricResult result : results.values()) {
      long due = dueTime(result);
      if (due >= 0 && due <= timeMillis) {
        Measurement measurement = measure(result.metric(), timeMillis);
        result.record(measurement);
        listener.measured(result, measurement);
      }
    }
    assess(timeMillis);
  }

  private Measurement measure(Metric metric, long timeMillis) {
    QueryResult answer;
    try {
      answer = provider.query(metric, timeMillis);
    } catch (ProviderException e) {
      return new Measurement(AnalysisPhase.ERROR, timeMillis, "", redact(e.getMessage()));
    }
    try {
      AnalysisPhase measured = MeasurementEvaluation.evaluate(metric, answer.result(), conditions);
      return new Measurement(measured, timeMillis, answer.value(), "");
    } catch (ConditionException e) {
      return new Measurement(
          AnalysisPhase.ERROR, timeMillis, answer.value(), redact(e.getMessage()));
    }
  }

  private String redact(String message) {
    String out = String.valueOf(message);
    for (String secret : secrets) {
      if (!secret.isEmpty()) {
        out = out.replace(secret, "*****");
      }
    }
    return out;
  }

  /**
   * One assessment, then a second at the same instant when the first made the run terminating:
   * Argo's next reconcile follows right away and marks the other metrics terminated.
   */
  private void assess(long timeMillis) {
    assessOnce();
    if (!phase.isCompleted() && isTerminating()) {
      assessOnce();
    }
    if (phase.isCompleted() && endMillis < 0) {
      endMillis = timeMillis;
    }
    Map<String, AnalysisPhase> metricPhases = new LinkedHashMap<>();
    results.forEach((name, result) -> metricPhases.put(name, result.phase()));
    history.add(
        new Snapshot(timeMillis, phase, message, Collections.unmodifiableMap(metricPhases)));
  }

  private void assessOnce() {
    boolean terminating = isTerminating();
    boolean everythingCompleted = true;
    AnalysisPhase worst = null;
    String worstMessage = "";
    for (MetricResult result : results.values()) {
      MetricAssessment.Verdict verdict = MetricAssessment.assess(result, terminating);
      if (verdict.phase() != result.phase()) {
        result.setPhase(verdict.phase(), limitMessage(verdict));
      }
      if (!verdict.phase().isCompleted()) {
        everythingCompleted = false;
      } else if (!result.metric().dryRun() && verdict.phase().isWorseThan(worst)) {
        worst = verdict.phase();
        MetricAssessment.Verdict limits = MetricAssessment.limitsExceeded(result);
        worstMessage =
            limits.phase() == null
                ? ""
                : "Metric \""
                    + result.metric().name()
                    + "\" assessed "
                    + limits.phase()
                    + " due to "
                    + limits.message();
      }
    }
    if (terminating) {
      phase = worst == null ? AnalysisPhase.SUCCESSFUL : worst;
      message = worstMessage;
    } else if (!everythingCompleted) {
      phase = AnalysisPhase.RUNNING;
      message = "";
    } else {
      // all metrics dry-run: nothing can make the run worse than Successful
      phase = worst == null ? AnalysisPhase.SUCCESSFUL : worst;
      message = worstMessage;
    }
  }

  private static String limitMessage(MetricAssessment.Verdict verdict) {
    return verdict.limitText().isEmpty() ? verdict.message() : verdict.limitText();
  }

  /** Argo's {@code IsTerminating}: asked to stop, or a non-dry-run metric went bad. */
  public boolean isTerminating() {
    if (terminateRequested) {
      return true;
    }
    for (MetricResult result : results.values()) {
      AnalysisPhase p = result.phase();
      if (!result.metric().dryRun()
          && (p == AnalysisPhase.FAILED
              || p == AnalysisPhase.ERROR
              || p == AnalysisPhase.INCONCLUSIVE)) {
        return true;
      }
    }
    return false;
  }
}
