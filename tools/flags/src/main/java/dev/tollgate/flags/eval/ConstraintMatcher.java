package dev.tollgate.flags.eval;

import dev.tollgate.flags.load.Json;
import dev.tollgate.flags.model.ComparisonType;
import dev.tollgate.flags.model.Constraint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One constraint with its value parsed once at snapshot build, matched exactly as Flipt's Go server
 * does (spec §2.2). Values that fail to parse make the constraint never match, as in Go.
 */
final class ConstraintMatcher {
  // operators as ints: a String switch costs a hashCode and an equals per evaluation
  private static final int EQ = 0;
  private static final int NEQ = 1;
  private static final int EMPTY = 2;
  private static final int NOTEMPTY = 3;
  private static final int PREFIX = 4;
  private static final int SUFFIX = 5;
  private static final int CONTAINS = 6;
  private static final int NOTCONTAINS = 7;
  private static final int ISONEOF = 8;
  private static final int ISNOTONEOF = 9;
  private static final int PRESENT = 10;
  private static final int NOTPRESENT = 11;
  private static final int LT = 12;
  private static final int LTE = 13;
  private static final int GT = 14;
  private static final int GTE = 15;
  private static final int TRUE = 16;
  private static final int FALSE = 17;
  private static final int UNKNOWN = -1;

  private final ComparisonType type;
  private final int op;
  private final String property;
  private final String value;
  private final double number;
  private final double[] numbers;
  private final Set<String> strings;
  private final Instant instant;
  // the two commonest shapes get a branch-light path (same results as the general one)
  private final Kind kind;
  private final boolean nonEmptyValue;
  private final int slot;
  private final boolean parsed;

  ConstraintMatcher(Constraint constraint, ContextSlots slots) {
    this.type = constraint.type();
    this.op = opcode(constraint.operator());
    // interned: callers' context keys are usually literals, so HashMap.get matches by identity
    this.property = constraint.property().intern();
    this.value = constraint.value() == null ? "" : constraint.value();
    boolean list = op == ISONEOF || op == ISNOTONEOF;
    this.number = type == ComparisonType.NUMBER && !list ? GoValues.parseFloat(value) : 0;
    this.numbers =
        type == ComparisonType.NUMBER && list ? Json.numberList(value).orElse(null) : null;
    List<String> parsedStrings =
        (type == ComparisonType.STRING || type == ComparisonType.ENTITY_ID) && list
            ? Json.stringList(value).orElse(null)
            : null;
    this.strings = parsedStrings == null ? null : Set.copyOf(parsedStrings);
    this.instant = type == ComparisonType.DATETIME ? GoValues.parseDateTime(value) : null;
    this.kind = kindOf(type, op, number);
    this.nonEmptyValue = !value.isEmpty();
    this.slot = kind == Kind.GENERAL ? -1 : slots.slotOf(property);
    this.parsed = kind == Kind.NUMBER_COMPARE && slots.parsed(slot);
  }

  private static int opcode(String operator) {
    return switch (operator) {
      case "eq" -> EQ;
      case "neq" -> NEQ;
      case "empty" -> EMPTY;
      case "notempty" -> NOTEMPTY;
      case "prefix" -> PREFIX;
      case "suffix" -> SUFFIX;
      case "contains" -> CONTAINS;
      case "notcontains" -> NOTCONTAINS;
      case "isoneof" -> ISONEOF;
      case "isnotoneof" -> ISNOTONEOF;
      case "present" -> PRESENT;
      case "notpresent" -> NOTPRESENT;
      case "lt" -> LT;
      case "lte" -> LTE;
      case "gt" -> GT;
      case "gte" -> GTE;
      case "true" -> TRUE;
      case "false" -> FALSE;
      default -> UNKNOWN;
    };
  }

  /** Whether a context value the caller looked up already may stand in for this constraint's. */
  enum Kind {
    STRING_EQUALS,
    NUMBER_COMPARE,
    GENERAL
  }

  static Kind kindOf(Constraint c) {
    String value = c.value() == null ? "" : c.value();
    return kindOf(c.type(), opcode(c.operator()), GoValues.parseFloat(value));
  }

  /** The kind from the operator code and the value parsed as a number (used only for NUMBER). */
  private static Kind kindOf(ComparisonType type, int op, double number) {
    if (type == ComparisonType.STRING && op == EQ) {
      return Kind.STRING_EQUALS;
    }
    boolean ordering = op >= LT && op <= GTE;
    if (type == ComparisonType.NUMBER && ordering && !GoValues.isInvalid(number)) {
      return Kind.NUMBER_COMPARE;
    }
    return Kind.GENERAL;
  }

  /**
   * Whether the constraint holds. {@code first}/{@code second} are the values of the flag's {@link
   * ContextSlots} (null when absent) and {@code firstNumber}/{@code secondNumber} their parses
   * where the slots say so; other properties are read from {@code context}.
   */
  boolean matches(
      Map<String, String> context,
      String first,
      double firstNumber,
      String second,
      double secondNumber,
      String entityId) {
    if (kind == Kind.GENERAL) {
      return matchesGeneral(context, entityId);
    }
    String v = slot == 0 ? first : slot == 1 ? second : context.get(property);
    if (v == null) {
      return false;
    }
    if (kind == Kind.STRING_EQUALS) {
      // an empty context value never equals: Go compares only non-empty values
      return nonEmptyValue && value.equals(v);
    }
    // empty or unparseable text gives INVALID, a NaN: every ordering below is then false, as the
    // explicit checks in matchesNumber answer
    double n = !parsed ? GoValues.parseFloat(v) : slot == 0 ? firstNumber : secondNumber;
    return switch (op) {
      case LT -> n < number;
      case LTE -> n <= number;
      case GT -> n > number;
      default -> n >= number;
    };
  }

  private boolean matchesGeneral(Map<String, String> context, String entityId) {
    String v;
    if (type == ComparisonType.ENTITY_ID) {
      v = entityId;
    } else {
      v = context.get(property);
      if (v == null) {
        v = "";
      }
    }
    return switch (type) {
      case STRING, ENTITY_ID -> matchesString(v);
      case NUMBER -> matchesNumber(v);
      case BOOLEAN -> matchesBoolean(v);
      case DATETIME -> matchesDateTime(v);
    };
  }

  private boolean matchesString(String v) {
    switch (op) {
      case EMPTY -> {
        return GoValues.isBlank(v);
      }
      case NOTEMPTY -> {
        return !GoValues.isBlank(v);
      }
      default -> {}
    }
    if (v.isEmpty()) {
      return false;
    }
    switch (op) {
      case EQ -> {
        return v.equals(value);
      }
      case NEQ -> {
        return !v.equals(value);
      }
      case PREFIX -> {
        int start = GoValues.trimStart(v);
        int end = GoValues.trimEnd(v);
        return end - start >= value.length() && v.startsWith(value, start);
      }
      case SUFFIX -> {
        int start = GoValues.trimStart(v);
        int end = GoValues.trimEnd(v);
        return end - start >= value.length()
            && v.regionMatches(end - value.length(), value, 0, value.length());
      }
      case CONTAINS -> {
        return v.contains(value);
      }
      case NOTCONTAINS -> {
        return !v.contains(value);
      }
      case ISONEOF -> {
        return strings != null && strings.contains(v);
      }
      case ISNOTONEOF -> {
        return strings != null && !strings.contains(v);
      }
      default -> {
        return false;
      }
    }
  }

  private boolean matchesNumber(String v) {
    switch (op) {
      case PRESENT -> {
        return !GoValues.isBlank(v);
      }
      case NOTPRESENT -> {
        return GoValues.isBlank(v);
      }
      default -> {}
    }
    if (v.isEmpty()) {
      return false;
    }
    double n = GoValues.parseFloat(v);
    if (GoValues.isInvalid(n)) {
      return false;
    }
    switch (op) {
      case ISONEOF -> {
        return numbers != null && contains(numbers, n);
      }
      case ISNOTONEOF -> {
        return numbers != null && !contains(numbers, n);
      }
      default -> {}
    }
    if (GoValues.isInvalid(number)) {
      return false;
    }
    return switch (op) {
      case EQ -> n == number;
      case NEQ -> n != number;
      case LT -> n < number;
      case LTE -> n <= number;
      case GT -> n > number;
      case GTE -> n >= number;
      default -> false;
    };
  }

  private static boolean contains(double[] values, double n) {
    for (double d : values) {
      if (d == n) {
        return true;
      }
    }
    return false;
  }

  private boolean matchesBoolean(String v) {
    switch (op) {
      case PRESENT -> {
        return !GoValues.isBlank(v);
      }
      case NOTPRESENT -> {
        return GoValues.isBlank(v);
      }
      default -> {}
    }
    if (v.isEmpty()) {
      return false;
    }
    int parsed = GoValues.parseBool(v);
    if (parsed < 0) {
      return false;
    }
    return switch (op) {
      case TRUE -> parsed == 1;
      case FALSE -> parsed == 0;
      default -> false;
    };
  }

  private boolean matchesDateTime(String v) {
    switch (op) {
      case PRESENT -> {
        return !GoValues.isBlank(v);
      }
      case NOTPRESENT -> {
        return GoValues.isBlank(v);
      }
      default -> {}
    }
    if (v.isEmpty() || instant == null) {
      return false;
    }
    Instant t = GoValues.parseDateTime(v);
    if (t == null) {
      return false;
    }
    int c = t.compareTo(instant);
    return switch (op) {
      case EQ -> c == 0;
      case NEQ -> c != 0;
      case LT -> c < 0;
      case LTE -> c <= 0;
      case GT -> c > 0;
      case GTE -> c >= 0;
      default -> false;
    };
  }
}
