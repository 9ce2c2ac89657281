package dev.tollgate.promql.ast;

import java.util.regex.Pattern;

/** One label matcher of a selector; regexes are fully anchored (RE2 semantics, translated). */
public record LabelMatcher(Type type, String name, String value, Pattern pattern) {
  public enum Type {
    EQ("="),
    NEQ("!="),
    RE("=~"),
    NRE("!~");

    private final String op;

    Type(String op) {
      this.op = op;
    }

    public String op() {
      return op;
    }
  }

  public static LabelMatcher equal(String name, String value) {
    return new LabelMatcher(Type.EQ, name, value, null);
  }

  public boolean matches(String v) {
    return switch (type) {
      case EQ -> value.equals(v);
      case NEQ -> !value.equals(v);
      case RE -> pattern.matcher(v).matches();
      case NRE -> !pattern.matcher(v).matches();
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LabelMatcher m
        && m.type == type
        && m.name.equals(name)
        && m.value.equals(value);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + value.hashCode();
  }

  @Override
  public String toString() {
    return name + type.op + dev.tollgate.promql.GoStrings.quote(value);
  }
}
