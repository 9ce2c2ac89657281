package dev.tollgate.analysis.template;

import dev.tollgate.core.Position;

/**
 * A {@code dryRun} or {@code measurementRetention} entry: an unanchored Go regex over metric names.
 *
 * @param limit the retention limit; 0 for dryRun rules and for "the default"
 */
public record MetricNameRule(String metricName, int limit, Position position) {}
