package dev.tollgate.analysis.flagger;

import dev.tollgate.core.Position;

/** A flagger.app/v1beta1 MetricTemplate: its Go-template query and provider type. */
public record MetricTemplate(
    String name, String namespace, String providerType, String query, Position position) {}
