package dev.tollgate.flags.model;

import java.util.Set;

/** A constraint's value type and the operators Flipt's CUE schema allows for it (spec §1.3). */
public enum ComparisonType {
  STRING(
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
          "isnotoneof")),
  NUMBER(
      Set.of(
          "eq", "neq", "present", "notpresent", "lt", "lte", "gt", "gte", "isoneof", "isnotoneof")),
  BOOLEAN(Set.of("true", "false", "present", "notpresent")),
  DATETIME(Set.of("eq", "neq", "present", "notpresent", "lt", "lte", "gt", "gte")),
  ENTITY_ID(
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
          "isnotoneof"));

  private final Set<String> operators;

  ComparisonType(Set<String> operators) {
    this.operators = operators;
  }

  public Set<String> operators() {
    return operators;
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
