package dev.tollgate.promql.ast;

import java.util.List;

/**
 * An instant vector selector.
 *
 * @param name the metric name as written before the braces, or null
 * @param at the {@code @} modifier, or null
 */
public record VectorSelector(
    String name, List<LabelMatcher> matchers, long offsetMillis, At at, int start, int end)
    implements Expr {
  @Override
  public ValueType type() {
    return ValueType.VECTOR;
  }

  public VectorSelector withModifiers(long offset, At newAt, int newEnd) {
    return new VectorSelector(name, matchers, offset, newAt, start, newEnd);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VectorSelector v
        && java.util.Objects.equals(v.name, name)
        && v.matchers.equals(matchers)
        && v.offsetMillis == offsetMillis
        && java.util.Objects.equals(v.at, at);
  }

  @Override
  public int hashCode() {
    return matchers.hashCode();
  }

  @Override
  public String toString() {
    return Printer.print(this);
  }
}
