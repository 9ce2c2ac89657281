package dev.tollgate.promql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An immutable label set, sorted by label name, like Prometheus's {@code labels.Labels}. */
public final class Labels implements Comparable<Labels> {
  public static final String METRIC_NAME = "__name__";
  public static final Labels EMPTY = new Labels(new String[0], new String[0]);

  private final String[] names;
  private final String[] values;
  private int hash;

  // Queries derive the same label sets from the same series at every step (name dropped, grouping
  // key); remembering the last one makes that one allocation per series instead of one per step.
  // Both are immutable values published through a single field, so racing threads at worst
  // compute them twice.
  private Labels withoutName;
  private Derived derived;

  private record Derived(List<String> names, boolean without, Labels labels) {}

  private Labels(String[] names, String[] values) {
    this.names = names;
    this.values = values;
  }

  /** Builds a label set from alternating names and values; later duplicates win. */
  public static Labels of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("Labels.of needs name/value pairs");
    }
    Map<String, String> map = new TreeMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return fromMap(map);
  }

  /** Builds a label set from a map; empty values are dropped, as in Prometheus. */
  public static Labels fromMap(Map<String, String> map) {
    TreeMap<String, String> sorted = new TreeMap<>(map);
    sorted.values().removeIf(String::isEmpty);
    String[] n = new String[sorted.size()];
    String[] v = new String[sorted.size()];
    int i = 0;
    for (Map.Entry<String, String> e : sorted.entrySet()) {
      n[i] = e.getKey();
      v[i] = e.getValue();
      i++;
    }
    return new Labels(n, v);
  }

  /** Builds from already sorted, duplicate-free arrays (no copy). */
  static Labels ofSorted(String[] names, String[] values) {
    return new Labels(names, values);
  }

  public String get(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return values[i];
      }
    }
    return null;
  }

  /** The value of {@code name}, or "" when absent (Prometheus's {@code Get}). */
  public String getOrEmpty(String name) {
    String v = get(name);
    return v == null ? "" : v;
  }

  public boolean has(String name) {
    return get(name) != null;
  }

  public List<String> names() {
    return List.of(names);
  }

  public int size() {
    return names.length;
  }

  public String nameAt(int i) {
    return names[i];
  }

  public String valueAt(int i) {
    return values[i];
  }

  public boolean isEmpty() {
    return names.length == 0;
  }

  public Map<String, String> toMap() {
    Map<String, String> map = new TreeMap<>();
    for (int i = 0; i < names.length; i++) {
      map.put(names[i], values[i]);
    }
    return map;
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public Labels withoutMetricName() {
    Labels cached = withoutName;
    if (cached == null) {
      cached = get(METRIC_NAME) == null ? this : toBuilder().del(METRIC_NAME).build();
      withoutName = cached;
    }
    return cached;
  }

  /**
   * An aggregation's grouping key: the listed labels ({@code by}), or all but the listed labels and
   * the metric name ({@code without}). Remembers the last answer per list instance.
   */
  public Labels grouping(List<String> grouping, boolean without) {
    Derived d = derived;
    if (d != null && d.names() == grouping && d.without() == without) {
      return d.labels();
    }
    Labels g;
    if (without) {
      List<String> drop = new ArrayList<>(grouping);
      drop.add(METRIC_NAME);
      g = drop(drop);
    } else {
      g = keep(grouping);
    }
    derived = new Derived(grouping, without, g);
    return g;
  }

  /** The labels whose names are listed (Prometheus {@code Keep}). */
  public Labels keep(java.util.Collection<String> keep) {
    List<String> n = new ArrayList<>();
    List<String> v = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      if (keep.contains(names[i])) {
        n.add(names[i]);
        v.add(values[i]);
      }
    }
    return new Labels(n.toArray(new String[0]), v.toArray(new String[0]));
  }

  /** The labels whose names are not listed (Prometheus {@code Drop}). */
  public Labels drop(java.util.Collection<String> drop) {
    List<String> n = new ArrayList<>();
    List<String> v = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      if (!drop.contains(names[i])) {
        n.add(names[i]);
        v.add(values[i]);
      }
    }
    return new Labels(n.toArray(new String[0]), v.toArray(new String[0]));
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Labels other)) {
      return false;
    }
    return hashCode() == other.hashCode()
        && Arrays.equals(names, other.names)
        && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = 31 * Arrays.hashCode(names) + Arrays.hashCode(values);
      hash = h == 0 ? 1 : h;
    }
    return hash;
  }

  /** Prometheus's {@code labels.Compare}: label by label, names then values, then length. */
  @Override
  public int compareTo(Labels other) {
    int n = Math.min(names.length, other.names.length);
    for (int i = 0; i < n; i++) {
      int c = names[i].compareTo(other.names[i]);
      if (c != 0) {
        return c;
      }
      c = values[i].compareTo(other.values[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(names.length, other.names.length);
  }

  /** Renders {@code up{job="x"}}; without a metric name {@code {job="x"}}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    String metric = get(METRIC_NAME);
    if (metric != null) {
      sb.append(metric);
    }
    sb.append('{');
    boolean first = true;
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(METRIC_NAME)) {
        continue;
      }
      if (!first) {
        sb.append(", ");
      }
      first = false;
      sb.append(names[i]).append('=').append(GoStrings.quote(values[i]));
    }
    sb.append('}');
    if (metric != null && first) {
      return metric;
    }
    return sb.toString();
  }

  /** Mutable copy-on-build helper, like Prometheus's {@code labels.Builder}. */
  public static final class Builder {
    private final TreeMap<String, String> map;

    public Builder() {
      map = new TreeMap<>();
    }

    Builder(Labels base) {
      map = new TreeMap<>();
      for (int i = 0; i < base.names.length; i++) {
        map.put(base.names[i], base.values[i]);
      }
    }

    /** Sets a label; an empty value deletes it. */
    public Builder set(String name, String value) {
      if (value == null || value.isEmpty()) {
        map.remove(name);
      } else {
        map.put(name, value);
      }
      return this;
    }

    public Builder del(String name) {
      map.remove(name);
      return this;
    }

    public String get(String name) {
      return map.get(name);
    }

    public Labels build() {
      String[] n = new String[map.size()];
      String[] v = new String[map.size()];
      int i = 0;
      for (Map.Entry<String, String> e : map.entrySet()) {
        n[i] = e.getKey();
        v[i] = e.getValue();
        i++;
      }
      return new Labels(n, v);
    }
  }
}
