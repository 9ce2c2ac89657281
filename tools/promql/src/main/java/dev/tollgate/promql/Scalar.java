package dev.tollgate.promql;

public record Scalar(long timestampMillis, double value) implements Value {}
