package dev.tollgate.analysis;

/** The phases of a measurement, a metric and a run (Argo's {@code AnalysisPhase}). */
public enum AnalysisPhase {
  PENDING("Pending"),
  RUNNING("Running"),
  SUCCESSFUL("Successful"),
  FAILED("Failed"),
  ERROR("Error"),
  INCONCLUSIVE("Inconclusive");

  private final String label;

  AnalysisPhase(String label) {
    this.label = label;
  }

  /** The spelling Argo uses in status fields, e.g. {@code Successful}. */
  public String label() {
    return label;
  }

  /** Successful, Failed, Error and Inconclusive are final. */
  public boolean isCompleted() {
    return this == SUCCESSFUL || this == FAILED || this == ERROR || this == INCONCLUSIVE;
  }

  /**
   * Argo's severity order, best to worst: Successful, Running, Pending, Inconclusive, Error, Failed
   * ({@code utils/analysis/helpers.go IsWorse}).
   */
  public int severity() {
    return switch (this) {
      case SUCCESSFUL -> 0;
      case RUNNING -> 1;
      case PENDING -> 2;
      case INCONCLUSIVE -> 3;
      case ERROR -> 4;
      case FAILED -> 5;
    };
  }

  public boolean isWorseThan(AnalysisPhase other) {
    return other == null || severity() > other.severity();
  }

  /** Parses Argo's spelling, case-insensitively; null when it is not a phase. */
  public static AnalysisPhase parse(String text) {
    for (AnalysisPhase phase : values()) {
      if (phase.label.equalsIgnoreCase(text.trim())) {
        return phase;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return label;
  }
}
