package dev.tollgate.flags.model;

import java.util.Set;

/** A constraint's value type and the operators Flipt's CUE schema allows for it (spec §1.3). */
public enum ComparisonType {
  STRING,
  NUMBER,
  BOOLEAN,
  DATETIME,
  ENTITY_ID;

  private static final Set<String> TEXT_OPERATORS =
      Set.of(
          "eq",
          "neq",
          "empty",
          "notempty",
          "prefix",
          "suffix",
          "contains",
          "notcontains",
          "isoneof",
          "isnotoneof");
  private static final Set<String> NUMBER_OPERATORS =
      Set.of(
          "eq", "neq", "present", "notpresent", "lt", "lte", "gt", "gte", "isoneof", "isnotoneof");
  private static final Set<String> BOOLEAN_OPERATORS =
      Set.of("true", "false", "present", "notpresent");
  private static final Set<String> DATETIME_OPERATORS =
      Set.of("eq", "neq", "present", "notpresent", "lt", "lte", "gt", "gte");

  /** The operators Flipt's CUE schema allows for this type. */
  public Set<String> operators() {
    return switch (this) {
      case STRING, ENTITY_ID -> TEXT_OPERATORS;
      case NUMBER -> NUMBER_OPERATORS;
      case BOOLEAN -> BOOLEAN_OPERATORS;
      case DATETIME -> DATETIME_OPERATORS;
    };
  }

  /** The spelling in flag files, e.g. {@code STRING_COMPARISON_TYPE}. */
  public String fileName() {
    return name() + "_COMPARISON_TYPE";
  }

  /** Operators that do not look at the constraint's value. */
  public static boolean needsNoValue(String operator) {
    return switch (operator) {
      case "empty", "notempty", "present", "notpresent", "true", "false" -> true;
      default -> false;
    };
  }
}
