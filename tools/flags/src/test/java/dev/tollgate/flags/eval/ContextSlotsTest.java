package dev.tollgate.flags.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.flags.Fixtures;
import dev.tollgate.flags.load.LoadResult;
import dev.tollgate.flags.model.Namespace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A property read by several constraints is looked up (and parsed) once per evaluation; the answers
 * must be those of reading it per constraint, for present, missing, empty and unparseable values.
 */
class ContextSlotsTest {
  private static final String[] ACTUALS = {
    "", " ", "18", "17.5", "18.0", "+18", "-3", "1e3", "abc", "NaN", "Inf", " 18", "0x12p0", "eu"
  };
  private static final String[][] CONSTRAINTS = {
    {"STRING", "eq", "eu"},
    {"STRING", "eq", "18"},
    {"NUMBER", "lt", "18"},
    {"NUMBER", "lte", "18"},
    {"NUMBER", "gt", "-3"},
    {"NUMBER", "gte", "1e3"},
    {"NUMBER", "eq", "18"},
    {"STRING", "neq", "eu"},
  };

  @Test
  void propertiesReadTwiceOrMoreGetSlotsMostReadFirst() {
    ContextSlots slots =
        slotsOf(
            """
            - key: s
              name: S
              match_type: ANY_MATCH_TYPE
              constraints:
                - {type: STRING_COMPARISON_TYPE, property: region, operator: eq, value: eu}
                - {type: STRING_COMPARISON_TYPE, property: region, operator: eq, value: us}
                - {type: STRING_COMPARISON_TYPE, property: region, operator: eq, value: uk}
                - {type: NUMBER_COMPARISON_TYPE, property: age, operator: gte, value: "18"}
                - {type: NUMBER_COMPARISON_TYPE, property: age, operator: lte, value: "65"}
                - {type: STRING_COMPARISON_TYPE, property: plan, operator: eq, value: pro}
                - {type: STRING_COMPARISON_TYPE, property: plan, operator: eq, value: team}
                - {type: STRING_COMPARISON_TYPE, property: once, operator: eq, value: x}
                - {type: STRING_COMPARISON_TYPE, property: general, operator: prefix, value: x}
                - {type: STRING_COMPARISON_TYPE, property: general, operator: prefix, value: y}
            """);
    assertThat(slots.first).isEqualTo("region");
    assertThat(slots.firstParsed).isFalse();
    // age and plan tie on two reads: the name decides, so the choice is stable
    assertThat(slots.second).isEqualTo("age");
    assertThat(slots.secondParsed).isTrue();
    assertThat(slots.slotOf("plan")).isEqualTo(-1);
  }

  @Test
  void aSinglyReadPropertyGetsNoSlot() {
    ContextSlots slots =
        slotsOf(
            """
            - key: s
              name: S
              match_type: ALL_MATCH_TYPE
              constraints:
                - {type: STRING_COMPARISON_TYPE, property: region, operator: eq, value: eu}
                - {type: NUMBER_COMPARISON_TYPE, property: age, operator: gte, value: "18"}
            """);
    assertThat(slots).isSameAs(ContextSlots.NONE);
  }

  @Test
  void slottedReadsAnswerAsPerConstraintReads() {
    List<String> mismatches = new ArrayList<>();
    int matched = 0;
    for (String[] c : CONSTRAINTS) {
      for (String actual : ACTUALS) {
        for (String value : new String[] {actual, null}) {
          boolean alone = matches(layout(c, 1, false), value);
          matched += alone ? 1 : 0;
          for (boolean second : new boolean[] {false, true}) {
            boolean slotted = matches(layout(c, 2, second), value);
            if (slotted != alone) {
              mismatches.add(String.join(" ", c) + " vs " + value + " (slot " + second + ")");
            }
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(matched).as("the grid exercises both answers").isBetween(20, 150);
  }

  /**
   * A boolean flag whose second rollout has a segment with {@code copies} copies of the constraint
   * on property p (ALL). With {@code decoy}, a first rollout reads property a three times, so p
   * takes the second slot instead of the first.
   */
  private static String layout(String[] c, int copies, boolean decoy) {
    String constraint =
        "      - {type: %s_COMPARISON_TYPE, property: p, operator: %s, value: \"%s\"}\n"
            .formatted(c[0], c[1], c[2]);
    String decoyRollout = decoy ? "      - segment: {key: decoy, value: false}\n" : "";
    return """
        flags:
          - key: f
            name: F
            type: BOOLEAN_FLAG_TYPE
            enabled: false
            rollouts:
        %s      - segment: {key: s, value: true}
        segments:
          - key: decoy
            name: Decoy
            match_type: ANY_MATCH_TYPE
            constraints:
              - {type: STRING_COMPARISON_TYPE, property: a, operator: eq, value: x}
              - {type: STRING_COMPARISON_TYPE, property: a, operator: eq, value: y}
              - {type: STRING_COMPARISON_TYPE, property: a, operator: eq, value: z}
          - key: s
            name: S
            match_type: ALL_MATCH_TYPE
            constraints:
        %s"""
        .formatted(decoyRollout, constraint.repeat(copies));
  }

  private static boolean matches(String yaml, String value) {
    Map<String, String> context = new HashMap<>();
    if (value != null) {
      context.put("p", value);
    }
    return Fixtures.evaluator("ns", yaml, Engine.V2).evaluate("ns", "f", "u", context).enabled();
  }

  private static ContextSlots slotsOf(String segmentsYaml) {
    LoadResult loaded =
        Fixtures.load(
            "ns",
            """
            flags:
              - key: f
                name: F
                variants: [{key: a}]
                rules:
                  - segment: s
            segments:
            """
                + segmentsYaml.indent(2));
    assertThat(loaded.hasErrors()).as(loaded.diagnostics().toString()).isFalse();
    Namespace ns = loaded.flags().namespaces().get("ns");
    return ContextSlots.of(List.of(List.of("s")), ns.segments());
  }
}
