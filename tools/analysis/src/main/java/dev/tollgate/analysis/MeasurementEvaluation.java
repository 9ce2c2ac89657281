package dev.tollgate.analysis;

/**
 * From a result to a measurement phase ({@code utils/evaluate/evaluate.go EvaluateResult}, spec
 * §2.1): failure wins when both conditions hold; neither holding with both set is Inconclusive.
 */
public final class MeasurementEvaluation {
  private MeasurementEvaluation() {}

  public static AnalysisPhase evaluate(Metric metric, Object result, ConditionEvaluator conditions)
      throws ConditionException {
    String success = metric.successCondition();
    String failure = metric.failureCondition();
    boolean hasSuccess = success != null && !success.isEmpty();
    boolean hasFailure = failure != null && !failure.isEmpty();
    boolean successHolds = hasSuccess && conditions.evaluate(success, result);
    boolean failureHolds = hasFailure && conditions.evaluate(failure, result);
    if (!hasSuccess && !hasFailure) {
      // the docs say Inconclusive here; the code says Successful, and the code runs
      return AnalysisPhase.SUCCESSFUL;
    }
    if (hasSuccess && !hasFailure) {
      return successHolds ? AnalysisPhase.SUCCESSFUL : AnalysisPhase.FAILED;
    }
    if (!hasSuccess) {
      return failureHolds ? AnalysisPhase.FAILED : AnalysisPhase.SUCCESSFUL;
    }
    if (failureHolds) {
      return AnalysisPhase.FAILED;
    }
    return successHolds ? AnalysisPhase.SUCCESSFUL : AnalysisPhase.INCONCLUSIVE;
  }
}
