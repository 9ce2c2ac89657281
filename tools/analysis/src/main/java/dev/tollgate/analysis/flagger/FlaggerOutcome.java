package dev.tollgate.analysis.flagger;

import dev.tollgate.analysis.GoDuration;
import java.util.List;

/**
 * A simulated Flagger analysis: every scheduler tick, and how it ended.
 *
 * @param timeMillis when the outcome happened, on the caller's virtual clock (ticks start at the
 *     {@code startMillis} given to the simulator)
 * @param reason the failed check that made the counter reach the threshold (rollbacks only)
 */
public record FlaggerOutcome(
    List<Tick> timeline, Result result, long timeMillis, int failedChecks, String reason) {

  public FlaggerOutcome {
    timeline = List.copyOf(timeline);
  }

  /** How the canary ended. */
  public enum Result {
    PROMOTED,
    ROLLED_BACK,
    /** Still progressing when the tick limit was reached. */
    UNFINISHED
  }

  /**
   * One scheduler tick.
   *
   * @param timeMillis relative to the simulation start
   * @param phase the Canary phase after the tick (Progressing, Promoting, Finalising, Succeeded,
   *     Failed)
   * @param weight the canary traffic weight after the tick
   * @param event what Flagger would record, e.g. {@code Advance podinfo.test canary weight 20}
   */
  public record Tick(
      long timeMillis,
      String phase,
      int weight,
      List<MetricCheck> metrics,
      int failedChecks,
      String event) {

    public Tick {
      metrics = List.copyOf(metrics);
    }
  }

  /**
   * One metric evaluated on a tick.
   *
   * @param value NaN when the query failed or found no values
   * @param message Flagger's halt message when it failed, else empty
   */
  public record MetricCheck(String name, double value, boolean passed, String message) {}

  /**
   * {@code Promoted at 42m}, or {@code Rolled back at 14m: request-success-rate 91.2 < 99 (failed
   * checks 5 >= threshold 5)}.
   */
  public String line() {
    String at = GoDuration.format(timeMillis);
    return switch (result) {
      case PROMOTED -> "Promoted at " + at;
      case ROLLED_BACK -> "Rolled back at " + at + ": " + reason;
      case UNFINISHED -> "Still progressing at " + at + " (failed checks " + failedChecks + ")";
    };
  }
}
