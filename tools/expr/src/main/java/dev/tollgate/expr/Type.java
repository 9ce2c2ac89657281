package dev.tollgate.expr;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The static type of a value, modelled on the Go {@code reflect.Type}s that expr-lang's checker
 * sees. {@link #name()} is the Go spelling used in error messages ({@code []float64}, {@code
 * interface {}}).
 */
public final class Type {
  /** The kinds the checker distinguishes. */
  public enum Kind {
    NIL,
    ANY,
    BOOL,
    INT,
    FLOAT,
    STRING,
    ARRAY,
    MAP,
    FUNC
  }

  public static final Type NIL = new Type(Kind.NIL, "<nil>", null);
  public static final Type ANY = new Type(Kind.ANY, "interface {}", null);
  public static final Type BOOL = new Type(Kind.BOOL, "bool", null);
  public static final Type INT = new Type(Kind.INT, "int", null);
  public static final Type INT64 = new Type(Kind.INT, "int64", null);
  public static final Type FLOAT = new Type(Kind.FLOAT, "float64", null);
  public static final Type STRING = new Type(Kind.STRING, "string", null);
  public static final Type ANY_ARRAY = arrayOf(ANY);
  public static final Type FLOAT_ARRAY = arrayOf(FLOAT);
  public static final Type INT_ARRAY = arrayOf(INT);
  public static final Type ANY_MAP = new Type(Kind.MAP, "map[string]interface {}", ANY);
  public static final Type FUNC = new Type(Kind.FUNC, "func", null);

  private final Kind kind;
  private final String name;
  private final Type elem;

  private Type(Kind kind, String name, Type elem) {
    this.kind = kind;
    this.name = name;
    this.elem = elem;
  }

  public static Type arrayOf(Type elem) {
    return new Type(Kind.ARRAY, "[]" + elem.name, elem);
  }

  /**
   * The type Go would give a value handed over in the environment: a list of only doubles (or an
   * empty list) is a {@code []float64}, as Argo's Prometheus provider builds it; other lists are
   * {@code []interface {}}.
   */
  public static Type of(Object value) {
    if (value == null) {
      return NIL;
    }
    if (value instanceof GoList list) {
      return list.type();
    }
    if (value instanceof Boolean) {
      return BOOL;
    }
    if (value instanceof Long || value instanceof Integer) {
      return INT;
    }
    if (value instanceof Double || value instanceof Float) {
      return FLOAT;
    }
    if (value instanceof String) {
      return STRING;
    }
    if (value instanceof List<?> list) {
      return list.stream().allMatch(Double.class::isInstance) ? FLOAT_ARRAY : ANY_ARRAY;
    }
    if (value instanceof Map<?, ?>) {
      return ANY_MAP;
    }
    if (value instanceof ExprFunction) {
      return FUNC;
    }
    return ANY;
  }

  public Kind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  /** The element type of an array or map. */
  public Type elem() {
    return elem;
  }

  boolean isAny() {
    return kind == Kind.ANY;
  }

  boolean isNumber() {
    return kind == Kind.INT || kind == Kind.FLOAT;
  }

  boolean isInteger() {
    return kind == Kind.INT;
  }

  boolean isString() {
    return kind == Kind.STRING;
  }

  boolean isBool() {
    return kind == Kind.BOOL;
  }

  boolean isArray() {
    return kind == Kind.ARRAY;
  }

  boolean isMap() {
    return kind == Kind.MAP;
  }

  /** Go's {@code AssignableTo} for the types we model. */
  boolean assignableTo(Type target) {
    return target.isAny() || this.equals(target);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Type t && t.kind == kind && t.name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, name);
  }

  @Override
  public String toString() {
    return name;
  }
}
