package dev.tollgate.analysis;

/**
 * A provider's answer in the shape the conditions see.
 *
 * @param result a {@code Double} for a scalar, a {@code List<Double>} for a vector or matrix
 * @param value the value string Argo stores on the measurement
 */
public record QueryResult(Object result, String value) {}
