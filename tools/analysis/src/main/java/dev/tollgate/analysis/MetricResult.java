package dev.tollgate.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The status of one metric in a run: counters as Argo keeps them ({@code MetricResult}) plus the
 * full measurement history, which Argo trims to the retention limit but a test wants whole.
 */
public final class MetricResult {
  private final Metric metric;
  private final List<Measurement> measurements = new ArrayList<>();
  private AnalysisPhase phase = AnalysisPhase.PENDING;
  private String message = "";
  private int count;
  private int successful;
  private int failed;
  private int inconclusive;
  private int error;
  private int consecutiveError;
  private int consecutiveSuccess;

  public MetricResult(Metric metric) {
    this.metric = metric;
  }

  /** Applies Argo's counter update for one completed measurement (spec §2.2). */
  public void record(Measurement measurement) {
    measurements.add(measurement);
    switch (measurement.phase()) {
      case SUCCESSFUL -> {
        successful++;
        count++;
        consecutiveError = 0;
        consecutiveSuccess++;
      }
      case FAILED -> {
        failed++;
        count++;
        consecutiveError = 0;
        consecutiveSuccess = 0;
      }
      case INCONCLUSIVE -> {
        inconclusive++;
        count++;
        consecutiveError = 0;
        consecutiveSuccess = 0;
      }
      case ERROR -> {
        // errors are not counted, so an errored measurement is always retried
        error++;
        consecutiveError++;
        consecutiveSuccess = 0;
      }
      default ->
          throw new IllegalArgumentException("not a completed measurement: " + measurement.phase());
    }
  }

  public Metric metric() {
    return metric;
  }

  public List<Measurement> measurements() {
    return Collections.unmodifiableList(measurements);
  }

  /** The measurements Argo would still show in status after trimming to the retention limit. */
  public List<Measurement> retainedMeasurements() {
    int from = Math.max(0, measurements.size() - metric.retention());
    return measurements().subList(from, measurements.size());
  }

  public Measurement lastMeasurement() {
    return measurements.isEmpty() ? null : measurements.get(measurements.size() - 1);
  }

  public AnalysisPhase phase() {
    return phase;
  }

  public String message() {
    return message;
  }

  void setPhase(AnalysisPhase newPhase, String newMessage) {
    phase = newPhase;
    message = newMessage == null ? "" : newMessage;
  }

  public int count() {
    return count;
  }

  public int successful() {
    return successful;
  }

  public int failed() {
    return failed;
  }

  public int inconclusive() {
    return inconclusive;
  }

  public int error() {
    return error;
  }

  public int consecutiveError() {
    return consecutiveError;
  }

  public int consecutiveSuccess() {
    return consecutiveSuccess;
  }
}
