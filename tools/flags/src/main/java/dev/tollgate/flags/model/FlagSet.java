package dev.tollgate.flags.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every namespace read from one flags directory. */
public record FlagSet(Map<String, Namespace> namespaces) {
  public FlagSet {
    namespaces = Collections.unmodifiableMap(new LinkedHashMap<>(namespaces));
  }

  public Optional<Namespace> namespace(String key) {
    return Optional.ofNullable(namespaces.get(key));
  }

  public Optional<Flag> flag(String namespace, String key) {
    return namespace(namespace).map(ns -> ns.flags().get(key));
  }
}
