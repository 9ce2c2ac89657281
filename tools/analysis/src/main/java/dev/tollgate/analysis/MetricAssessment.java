package dev.tollgate.analysis;

/**
 * Argo's metric phase decision after each reconcile ({@code analysis/analysis.go
 * assessMetricStatus} and {@code assessMetricFailureInconclusiveOrError}, spec §2.3).
 */
public final class MetricAssessment {
  private MetricAssessment() {}

  /**
   * A limit that tripped, with Argo's message; null phase when none did.
   *
   * @param limitText our readable form, e.g. {@code 4 failures > failureLimit 3}
   */
  public record Verdict(AnalysisPhase phase, String message, String limitText) {
    static final Verdict NONE = new Verdict(null, "", "");
  }

  /** The metric phase given its result so far and whether the run is terminating. */
  public static Verdict assess(MetricResult result, boolean terminating) {
    Metric metric = result.metric();
    if (result.phase().isCompleted()) {
      return new Verdict(result.phase(), result.message(), "");
    }
    if (result.measurements().isEmpty()) {
      return new Verdict(
          terminating ? AnalysisPhase.SUCCESSFUL : AnalysisPhase.PENDING,
          terminating ? "Metric Terminated" : "",
          "");
    }
    Verdict limits = limitsExceeded(result);
    if (limits.phase() != null) {
      return limits;
    }
    int csl = metric.consecutiveSuccessLimit();
    if (csl > 0 && result.consecutiveSuccess() >= csl) {
      return new Verdict(AnalysisPhase.SUCCESSFUL, "", "");
    }
    Integer effectiveCount = metric.effectiveCount();
    if (effectiveCount != null && result.count() >= effectiveCount) {
      boolean failureApplicable = metric.failureLimit() == null || metric.failureLimit() >= 0;
      boolean successApplicable = csl > 0;
      if (failureApplicable && successApplicable) {
        return new Verdict(
            AnalysisPhase.INCONCLUSIVE,
            "",
            "count " + effectiveCount + " reached without " + csl + " consecutive successes");
      }
      if (!failureApplicable && successApplicable) {
        return new Verdict(
            AnalysisPhase.FAILED,
            "",
            "count " + effectiveCount + " reached without " + csl + " consecutive successes");
      }
      if (failureApplicable) {
        return new Verdict(AnalysisPhase.SUCCESSFUL, "", "");
      }
    }
    // no count reached, or the metric runs indefinitely
    return terminating
        ? new Verdict(AnalysisPhase.SUCCESSFUL, "Metric Terminated", "")
        : new Verdict(AnalysisPhase.RUNNING, "", "");
  }

  /**
   * The three limit checks, in Argo's order; a later match overwrites an earlier one, so Error wins
   * over Inconclusive wins over Failed.
   */
  public static Verdict limitsExceeded(MetricResult result) {
    Metric metric = result.metric();
    Verdict verdict = Verdict.NONE;
    int failureLimit = metric.effectiveFailureLimit();
    if (failureLimit >= 0 && result.failed() > failureLimit) {
      verdict =
          new Verdict(
              AnalysisPhase.FAILED,
              "failed (" + result.failed() + ") > failureLimit (" + failureLimit + ")",
              plural(result.failed(), "failure") + " > failureLimit " + failureLimit);
    }
    int inconclusiveLimit = metric.inconclusiveLimit();
    if (result.inconclusive() > inconclusiveLimit) {
      verdict =
          new Verdict(
              AnalysisPhase.INCONCLUSIVE,
              "inconclusive ("
                  + result.inconclusive()
                  + ") > inconclusiveLimit ("
                  + inconclusiveLimit
                  + ")",
              result.inconclusive() + " inconclusive > inconclusiveLimit " + inconclusiveLimit);
    }
    int errorLimit = metric.consecutiveErrorLimit();
    if (result.consecutiveError() > errorLimit) {
      verdict =
          new Verdict(
              AnalysisPhase.ERROR,
              "consecutiveErrors ("
                  + result.consecutiveError()
                  + ") > consecutiveErrorLimit ("
                  + errorLimit
                  + ")",
              plural(result.consecutiveError(), "consecutive error")
                  + " > consecutiveErrorLimit "
                  + errorLimit);
    }
    return verdict;
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
