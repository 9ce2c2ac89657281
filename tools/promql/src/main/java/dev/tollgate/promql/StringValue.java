package dev.tollgate.promql;

public record StringValue(long timestampMillis, String value) implements Value {}
