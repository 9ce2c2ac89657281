package dev.tollgate.promql;

import java.util.List;

public record Matrix(List<Series> series) implements Value {}
