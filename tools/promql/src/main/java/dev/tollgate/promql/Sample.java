package dev.tollgate.promql;

public record Sample(Labels labels, long timestampMillis, double value) {}
