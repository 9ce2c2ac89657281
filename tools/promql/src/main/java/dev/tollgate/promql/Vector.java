package dev.tollgate.promql;

import java.util.List;

public record Vector(List<Sample> samples) implements Value {}
