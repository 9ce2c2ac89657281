package dev.tollgate.rules;

import java.util.List;

/** A parsed Prometheus rule file ({@code groups:}). */
public record RuleFile(String path, List<RuleGroup> groups) {
  public RuleFile {
    groups = List.copyOf(groups);
  }
}
