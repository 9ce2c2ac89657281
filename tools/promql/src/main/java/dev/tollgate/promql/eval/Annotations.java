package dev.tollgate.promql.eval;

import java.util.LinkedHashSet;
import java.util.Set;

/** Warnings and infos raised while evaluating (Prometheus's annotations), de-duplicated. */
public final class Annotations {
  private final Set<String> warnings = new LinkedHashSet<>();
  private final Set<String> infos = new LinkedHashSet<>();

  void warn(String message) {
    warnings.add("PromQL warning: " + message);
  }

  void info(String message) {
    infos.add("PromQL info: " + message);
  }

  public Set<String> warnings() {
    return warnings;
  }

  public Set<String> infos() {
    return infos;
  }
}
