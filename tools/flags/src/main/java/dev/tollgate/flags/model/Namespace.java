package dev.tollgate.flags.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The merged flags and segments of one namespace, in file walk order; later definitions win. */
public record Namespace(String key, Map<String, Flag> flags, Map<String, Segment> segments) {
  public Namespace {
    flags = Collections.unmodifiableMap(new LinkedHashMap<>(flags));
    segments = Collections.unmodifiableMap(new LinkedHashMap<>(segments));
  }
}
