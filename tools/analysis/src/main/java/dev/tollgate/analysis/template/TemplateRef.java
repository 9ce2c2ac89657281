package dev.tollgate.analysis.template;

import dev.tollgate.core.Position;

/** A reference to an AnalysisTemplate, or with {@code clusterScope} a ClusterAnalysisTemplate. */
public record TemplateRef(String templateName, boolean clusterScope, Position position) {}
