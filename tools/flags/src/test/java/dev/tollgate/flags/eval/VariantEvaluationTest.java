package dev.tollgate.flags.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.flags.Fixtures;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class VariantEvaluationTest {

  private static final String SEGMENTS =
      """
      segments:
        - key: everyone
          name: Everyone
          match_type: ALL_MATCH_TYPE
        - key: eu
          name: EU
          match_type: ALL_MATCH_TYPE
          constraints:
            - {type: STRING_COMPARISON_TYPE, property: region, operator: eq, value: eu}
        - key: beta
          name: Beta
          match_type: ANY_MATCH_TYPE
          constraints:
            - {type: STRING_COMPARISON_TYPE, property: plan, operator: eq, value: beta}
            - {type: STRING_COMPARISON_TYPE, property: plan, operator: eq, value: staff}
      """;

  private static String flag(String enabled, String defaultMark, String rules) {
    return """
        flags:
          - key: checkout
            name: Checkout
            enabled: %s
            variants:
              - {key: control%s}
              - {key: treatment, attachment: {color: blue}}
              - {key: other}
            rules:
        %s
        """
            .formatted(enabled, defaultMark, rules)
        + SEGMENTS;
  }

  private static Evaluator evaluator(String yaml, Engine engine) {
    return Fixtures.evaluator("shop", yaml, engine);
  }

  private static EvaluationResult eval(Evaluator e, String entity, String... kv) {
    Map<String, String> ctx = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      ctx.put(kv[i], kv[i + 1]);
    }
    return e.evaluate("shop", "checkout", entity, ctx);
  }

  private static final String HALF_HALF =
      "      - segment: eu\n"
          + "        distributions: [{variant: control, rollout: 50}, {variant: treatment,"
          + " rollout: 50}]";

  @Test
  void disabledFlagAnswersDefaultVariantWithFlagDisabled() {
    EvaluationResult r =
        eval(
            evaluator(flag("false", ", default: true", HALF_HALF), Engine.V2),
            "u1",
            "region",
            "eu");
    assertThat(r.reason()).isEqualTo(Reason.FLAG_DISABLED);
    assertThat(r.match()).isFalse();
    assertThat(r.variant()).isEqualTo("control");
    assertThat(r.enabled()).isNull();
  }

  @Test
  void noRuleMatchGivesDefaultOrUnknown() {
    EvaluationResult withDefault =
        eval(evaluator(flag("true", ", default: true", HALF_HALF), Engine.V2), "u1");
    assertThat(withDefault.reason()).isEqualTo(Reason.DEFAULT);
    assertThat(withDefault.variant()).isEqualTo("control");
    assertThat(withDefault.segments()).isEmpty();
    EvaluationResult without = eval(evaluator(flag("true", "", HALF_HALF), Engine.V2), "u1");
    assertThat(without.reason()).isEqualTo(Reason.UNKNOWN);
    assertThat(without.variant()).isNull();
    assertThat(without.match()).isFalse();
  }

  @Test
  void matchUsesCrc32OfFlagKeyThenEntityModuloThousand() {
    Evaluator e = evaluator(flag("true", "", HALF_HALF), Engine.V2);
    for (int i = 0; i < 200; i++) {
      String entity = "user-" + i;
      long bucket = Crc32.of("checkout", entity) % 1000;
      EvaluationResult r = eval(e, entity, "region", "eu");
      assertThat(r.reason()).isEqualTo(Reason.MATCH);
      assertThat(r.match()).isTrue();
      assertThat(r.segments()).containsExactly("eu");
      assertThat(r.variant()).isEqualTo(bucket < 500 ? "control" : "treatment");
      if (r.variant().equals("treatment")) {
        assertThat(r.attachment()).isEqualTo(Map.of("color", "blue"));
      }
    }
  }

  @Test
  void ruleWithoutDistributionsMatchesWithTheDefaultVariant() {
    String rules = "      - segment: eu\n        distributions: []";
    EvaluationResult r =
        eval(evaluator(flag("true", ", default: true", rules), Engine.V2), "u", "region", "eu");
    assertThat(r.reason()).isEqualTo(Reason.MATCH);
    assertThat(r.match()).isTrue();
    assertThat(r.variant()).isEqualTo("control");
  }

  @Test
  void rulesAreTriedInFileOrder() {
    String rules =
        """
              - segment: beta
                distributions: [{variant: other, rollout: 100}]
              - segment: everyone
                distributions: [{variant: treatment, rollout: 100}]\
        """;
    Evaluator e = evaluator(flag("true", "", rules), Engine.V2);
    assertThat(eval(e, "u", "plan", "staff").variant()).isEqualTo("other");
    assertThat(eval(e, "u", "plan", "free").variant()).isEqualTo("treatment");
    assertThat(eval(e, "u", "plan", "free").segments()).containsExactly("everyone");
  }

  @Test
  void andNeedsEverySegmentAndOrReportsOnlyMatchedOnes() {
    String and =
        "      - segment: {keys: [eu, beta], operator: AND_SEGMENT_OPERATOR}\n"
            + "        distributions: [{variant: other, rollout: 100}]";
    Evaluator e = evaluator(flag("true", "", and), Engine.V2);
    assertThat(eval(e, "u", "region", "eu").match()).isFalse();
    EvaluationResult both = eval(e, "u", "region", "eu", "plan", "beta");
    assertThat(both.variant()).isEqualTo("other");
    assertThat(both.segments()).containsExactlyInAnyOrder("eu", "beta");
    String or = and.replace("AND_SEGMENT_OPERATOR", "OR_SEGMENT_OPERATOR");
    EvaluationResult one = eval(evaluator(flag("true", "", or), Engine.V2), "u", "plan", "beta");
    assertThat(one.variant()).isEqualTo("other");
    assertThat(one.segments()).containsExactly("beta");
  }

  @Test
  void v1LeavesBucketsPastThePartialSumWithoutVariantAndTriesNoLaterRule() {
    String rules =
        """
              - segment: everyone
                distributions: [{variant: treatment, rollout: 10}]
              - segment: everyone
                distributions: [{variant: other, rollout: 100}]\
        """;
    Evaluator v1 = evaluator(flag("true", ", default: true", rules), Engine.V1);
    Evaluator v2 = evaluator(flag("true", ", default: true", rules), Engine.V2);
    int v1Treated = 0;
    for (int i = 0; i < 2000; i++) {
      String entity = "e" + i;
      long bucket = Crc32.of("checkout", entity) % 1000;
      EvaluationResult r1 = eval(v1, entity);
      if (bucket < 100) {
        v1Treated++;
        assertThat(r1.variant()).isEqualTo("treatment");
        assertThat(r1.reason()).isEqualTo(Reason.MATCH);
      } else {
        assertThat(r1.match()).isFalse();
        assertThat(r1.reason()).isEqualTo(Reason.DEFAULT);
        assertThat(r1.variant()).isEqualTo("control");
        assertThat(r1.segments()).containsExactly("everyone");
      }
      assertThat(eval(v2, entity).variant()).isEqualTo("treatment");
    }
    assertThat(v1Treated).isBetween(150, 250);
  }

  @Test
  void sharesOverHundredThousandEntitiesFollowTheSplit() {
    assertShares(
        "{variant: control, rollout: 20}, {variant: treatment, rollout: 30},"
            + " {variant: other, rollout: 50}",
        Engine.V2,
        0.20,
        0.30,
        0.50);
    assertShares(
        "{variant: control, rollout: 33.33}, {variant: treatment, rollout: 33.33},"
            + " {variant: other, rollout: 33.34}",
        Engine.V2,
        0.333,
        0.333,
        0.334);
    // a split summing to 80 is scaled by v2.9+: 30/80, 50/80
    assertShares(
        "{variant: control, rollout: 30}, {variant: treatment, rollout: 50}",
        Engine.V2,
        0.375,
        0.625,
        0.0);
    // under the v1 maths the same split leaves 20% of matching entities without a variant
    assertShares(
        "{variant: control, rollout: 30}, {variant: treatment, rollout: 50}",
        Engine.V1,
        0.30,
        0.50,
        0.0);
    assertNoVariantShare(
        "{variant: control, rollout: 30}, {variant: treatment, rollout: 50}", Engine.V1, 0.20);
    assertNoVariantShare(
        "{variant: control, rollout: 30}, {variant: treatment, rollout: 50}", Engine.V2, 0.0);
  }

  private static void assertShares(String dists, Engine engine, double... expected) {
    String rules = "      - segment: everyone\n        distributions: [" + dists + "]";
    Evaluator e = evaluator(flag("true", "", rules), engine);
    String[] variants = {"control", "treatment", "other"};
    int[] counts = new int[3];
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      String v = eval(e, "entity-" + i).variant();
      for (int k = 0; k < 3; k++) {
        if (variants[k].equals(v)) {
          counts[k]++;
        }
      }
    }
    for (int k = 0; k < 3; k++) {
      assertThat((double) counts[k] / n)
          .as(variants[k])
          .isCloseTo(expected[k], org.assertj.core.data.Offset.offset(0.005));
    }
  }

  private static void assertNoVariantShare(String dists, Engine engine, double expected) {
    String rules = "      - segment: everyone\n        distributions: [" + dists + "]";
    Evaluator e = evaluator(flag("true", "", rules), engine);
    int none = 0;
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      EvaluationResult r = eval(e, "entity-" + i);
      if (r.variant() == null) {
        none++;
        assertThat(r.match()).isFalse();
        assertThat(r.reason()).isEqualTo(Reason.UNKNOWN);
      }
    }
    assertThat((double) none / n).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.005));
  }

  @Test
  void unknownFlagsAndNamespacesAreReported() {
    Evaluator e = evaluator(flag("true", "", HALF_HALF), Engine.V2);
    assertThatThrownBy(() -> e.evaluate("shop", "nope", "u", Map.of()))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("shop/nope");
    assertThatThrownBy(() -> e.evaluate("other", "checkout", "u", Map.of()))
        .isInstanceOf(NoSuchElementException.class);
  }
}
