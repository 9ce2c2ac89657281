package dev.tollgate.flags.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.flags.Fixtures;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every operator of every comparison type, with the Go server's edge cases (spec §2.2). */
class ConstraintOperatorsTest {

  /** True when a one-constraint segment matches {@code actual} as context property "p". */
  private static boolean matches(String type, String op, String value, String actual) {
    return matchesFor(type, op, value, actual, "user-1");
  }

  private static boolean matchesFor(
      String type, String op, String value, String actual, String entity) {
    String valueLine = value == null ? "" : "\n        value: '" + value.replace("'", "''") + "'";
    String yaml =
        """
        flags:
          - key: f
            name: F
            type: BOOLEAN_FLAG_TYPE
            enabled: false
            rollouts:
              - segment: {key: s, value: true}
        segments:
          - key: s
            name: S
            match_type: ALL_MATCH_TYPE
            constraints:
              - type: %s_COMPARISON_TYPE
                property: p
                operator: "%s"%s
        """
            .formatted(type, op, valueLine);
    Map<String, String> context = new HashMap<>();
    if (actual != null) {
      context.put("p", actual);
    }
    return Fixtures.evaluator("ns", yaml, Engine.V2).evaluate("ns", "f", entity, context).enabled();
  }

  @Test
  void stringEqualityIsExactAndMissingPropertiesNeverMatchNegations() {
    assertThat(matches("STRING", "eq", "eu", "eu")).isTrue();
    assertThat(matches("STRING", "eq", "eu", " eu")).isFalse();
    assertThat(matches("STRING", "neq", "eu", "us")).isTrue();
    assertThat(matches("STRING", "neq", "eu", null)).isFalse();
    assertThat(matches("STRING", "neq", "eu", "")).isFalse();
  }

  @Test
  void stringEmptinessTrimsGoWhitespace() {
    assertThat(matches("STRING", "empty", null, null)).isTrue();
    assertThat(matches("STRING", "empty", null, " \t\u00A0")).isTrue();
    assertThat(matches("STRING", "empty", null, "x")).isFalse();
    assertThat(matches("STRING", "notempty", null, "x")).isTrue();
    assertThat(matches("STRING", "notempty", null, "  ")).isFalse();
  }

  @Test
  void prefixAndSuffixTrimButContainsDoesNot() {
    assertThat(matches("STRING", "prefix", "ab", "  abc")).isTrue();
    assertThat(matches("STRING", "prefix", "ab", "cab")).isFalse();
    assertThat(matches("STRING", "suffix", "bc", "abc  ")).isTrue();
    assertThat(matches("STRING", "suffix", "bc ", "abc ")).isFalse();
    assertThat(matches("STRING", "contains", "b c", "ab cd")).isTrue();
    assertThat(matches("STRING", "notcontains", "z", "abc")).isTrue();
    assertThat(matches("STRING", "notcontains", "z", null)).isFalse();
  }

  @Test
  void stringListsAreJsonArraysAndBadJsonMatchesNeither() {
    assertThat(matches("STRING", "isoneof", "[\"beta\",\"staff\"]", "staff")).isTrue();
    assertThat(matches("STRING", "isoneof", "[\"beta\",\"staff\"]", "free")).isFalse();
    assertThat(matches("STRING", "isnotoneof", "[\"beta\"]", "free")).isTrue();
    assertThat(matches("STRING", "isnotoneof", "[\"beta\"]", null)).isFalse();
  }

  @Test
  void entityIdConstraintsLookAtTheEntityNotTheContext() {
    assertThat(matchesFor("ENTITY_ID", "eq", "user-7", "user-1", "user-7")).isTrue();
    assertThat(matchesFor("ENTITY_ID", "prefix", "admin-", "admin-1", "user-7")).isFalse();
    assertThat(matchesFor("ENTITY_ID", "isoneof", "[\"a\",\"b\"]", null, "b")).isTrue();
  }

  @Test
  void numbersParseLikeGoParseFloat() {
    assertThat(matches("NUMBER", "eq", "3", "3.0")).isTrue();
    assertThat(matches("NUMBER", "eq", "3", "3e0")).isTrue();
    assertThat(matches("NUMBER", "neq", "3", "4")).isTrue();
    assertThat(matches("NUMBER", "lt", "10", "9.99")).isTrue();
    assertThat(matches("NUMBER", "lte", "10", "10")).isTrue();
    assertThat(matches("NUMBER", "gt", "10", "10")).isFalse();
    assertThat(matches("NUMBER", "gte", "10", "10")).isTrue();
    assertThat(matches("NUMBER", "gte", "10", " 10")).as("Go rejects spaces").isFalse();
    assertThat(matches("NUMBER", "gte", "10", "1_0")).as("no underscores in base 10").isFalse();
    assertThat(matches("NUMBER", "gte", "10", "11d")).as("no Java suffixes").isFalse();
    assertThat(matches("NUMBER", "gt", "10", "Inf")).isTrue();
    assertThat(matches("NUMBER", "gt", "10", "1e400")).as("ErrRange").isFalse();
    assertThat(matches("NUMBER", "neq", "10", "abc")).isFalse();
    assertThat(matches("NUMBER", "neq", "10", null)).isFalse();
  }

  @Test
  void numberPresenceAndLists() {
    assertThat(matches("NUMBER", "present", null, "1")).isTrue();
    assertThat(matches("NUMBER", "present", null, " ")).isFalse();
    assertThat(matches("NUMBER", "notpresent", null, null)).isTrue();
    assertThat(matches("NUMBER", "isoneof", "[1,2.5]", "2.5")).isTrue();
    assertThat(matches("NUMBER", "isoneof", "[1,2.5]", "3")).isFalse();
    assertThat(matches("NUMBER", "isnotoneof", "[1,2.5]", "3")).isTrue();
    assertThat(matches("NUMBER", "isnotoneof", "[1,2.5]", "x")).isFalse();
  }

  @Test
  void booleansAcceptGoParseBoolSpellings() {
    assertThat(matches("BOOLEAN", "true", null, "true")).isTrue();
    assertThat(matches("BOOLEAN", "true", null, "T")).isTrue();
    assertThat(matches("BOOLEAN", "true", null, "1")).isTrue();
    assertThat(matches("BOOLEAN", "true", null, "yes")).isFalse();
    assertThat(matches("BOOLEAN", "false", null, "FALSE")).isTrue();
    assertThat(matches("BOOLEAN", "false", null, "0")).isTrue();
    assertThat(matches("BOOLEAN", "false", null, "")).isFalse();
    assertThat(matches("BOOLEAN", "present", null, "x")).isTrue();
    assertThat(matches("BOOLEAN", "notpresent", null, null)).isTrue();
  }

  @Test
  void datetimesCompareInstantsFromRfc3339OrDates() {
    assertThat(matches("DATETIME", "eq", "2026-01-31", "2026-01-31T00:00:00Z")).isTrue();
    assertThat(matches("DATETIME", "eq", "2026-01-31T01:00:00+01:00", "2026-01-31T00:00:00Z"))
        .isTrue();
    assertThat(matches("DATETIME", "lt", "2026-01-31", "2026-01-30T23:59:59.999Z")).isTrue();
    assertThat(matches("DATETIME", "lte", "2026-01-31", "2026-01-31")).isTrue();
    assertThat(matches("DATETIME", "gt", "2026-01-31", "2026-01-31T00:00:00.000000001Z")).isTrue();
    assertThat(matches("DATETIME", "gte", "2026-01-31", "2026-01-30")).isFalse();
    assertThat(matches("DATETIME", "neq", "2026-01-31", "2026-02-01")).isTrue();
    assertThat(matches("DATETIME", "neq", "2026-01-31", "31/01/2026")).isFalse();
    assertThat(matches("DATETIME", "eq", "2026-01-31", "2026-02-30")).as("no such day").isFalse();
    assertThat(matches("DATETIME", "present", null, "x")).isTrue();
    assertThat(matches("DATETIME", "notpresent", null, "")).isTrue();
  }
}
