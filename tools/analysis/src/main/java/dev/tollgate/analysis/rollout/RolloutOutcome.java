package dev.tollgate.analysis.rollout;

import dev.tollgate.analysis.GoDuration;

/**
 * How a simulated update ended.
 *
 * @param stepIndex Argo's 0-based {@code currentStepIndex} where it aborted or paused; the step
 *     count when promoted
 * @param step the step's description, e.g. {@code setWeight 30}; empty when promoted
 * @param reason why it aborted or paused; empty when promoted
 */
public record RolloutOutcome(
    Result result, long timeMillis, int stepIndex, String step, String reason) {

  public enum Result {
    PROMOTED("Promoted"),
    ABORTED("Aborted"),
    PAUSED("Paused");

    private final String label;

    Result(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * The one outcome line: {@code Promoted at 42m}, {@code Aborted at step 3 (setWeight 30) at 14m:
   * error-rate Failed (4 failures > failureLimit 3)}, {@code Paused: Inconclusive at step 2 ...}.
   */
  public String line() {
    String at = GoDuration.format(timeMillis);
    return switch (result) {
      case PROMOTED -> "Promoted at " + at;
      case ABORTED -> "Aborted at step " + stepIndex + " (" + step + ") at " + at + ": " + reason;
      case PAUSED -> "Paused: " + reason + " at step " + stepIndex + " (" + step + ") at " + at;
    };
  }
}
