package dev.tollgate.flags;

import dev.tollgate.core.Severity;

/** A catalog entry: one rule id the flag checks report, for docs and the rule catalog. */
public record FlagRule(String id, Severity severity, String summary, String remediation) {}
