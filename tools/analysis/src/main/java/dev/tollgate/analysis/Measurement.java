package dev.tollgate.analysis;

/**
 * One completed measurement on the virtual (or wall) clock.
 *
 * @param timeMillis when it was taken, in run time
 * @param value the value string as Argo stores it ({@code [0.97]}, {@code NaN}); empty on error
 * @param message the error message, empty otherwise
 */
public record Measurement(AnalysisPhase phase, long timeMillis, String value, String message) {}
