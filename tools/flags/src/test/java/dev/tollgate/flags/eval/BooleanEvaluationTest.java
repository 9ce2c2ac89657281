package dev.tollgate.flags.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.flags.Fixtures;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class BooleanEvaluationTest {

  private static Evaluator evaluator(String enabled, String rollouts) {
    return Fixtures.evaluator(
        "shop",
        """
        flags:
          - key: dark-mode
            name: Dark mode
            type: BOOLEAN_FLAG_TYPE
            enabled: %s
            rollouts:
        %s
        segments:
          - key: staff
            name: Staff
            match_type: ALL_MATCH_TYPE
            constraints:
              - {type: STRING_COMPARISON_TYPE, property: email, operator: suffix, value: "@x.dev"}
        """
            .formatted(enabled, rollouts),
        Engine.V2);
  }

  @Test
  void thresholdUsesCrc32OfEntityThenFlagKeyModuloHundred() {
    Evaluator e = evaluator("false", "      - threshold: {percentage: 25, value: true}");
    int on = 0;
    for (int i = 0; i < 500; i++) {
      String entity = "u" + i;
      long h = Crc32.of(entity, "dark-mode") % 100;
      EvaluationResult r = e.evaluate("shop", "dark-mode", entity, Map.of());
      assertThat(r.enabled()).isEqualTo(h < 25);
      assertThat(r.reason()).isEqualTo(h < 25 ? Reason.MATCH : Reason.DEFAULT);
      assertThat(r.match()).isEqualTo(h < 25);
      assertThat(r.variant()).isNull();
      on += h < 25 ? 1 : 0;
    }
    assertThat(on).isBetween(90, 160);
  }

  @Test
  void fractionalThresholdCoversTheCeilingOfItsPercentage() {
    // float32(h) < 33.3 holds for h = 0..33, so 34 of 100 hash values
    Evaluator e = evaluator("false", "      - threshold: {percentage: 33.3, value: true}");
    int on = 0;
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      String entity = "id-" + i;
      boolean expected = Crc32.of(entity, "dark-mode") % 100 <= 33;
      boolean actual = e.evaluate("shop", "dark-mode", entity, Map.of()).enabled();
      assertThat(actual).isEqualTo(expected);
      on += actual ? 1 : 0;
    }
    assertThat((double) on / n).isCloseTo(0.34, Offset.offset(0.005));
  }

  @Test
  void segmentRolloutBeforeThresholdAndFallThroughToEnabled() {
    Evaluator e =
        evaluator(
            "true",
            "      - segment: {key: staff, value: false}\n"
                + "      - threshold: {percentage: 0, value: false}");
    EvaluationResult staff = e.evaluate("shop", "dark-mode", "u", Map.of("email", "a@x.dev"));
    assertThat(staff.enabled()).isFalse();
    assertThat(staff.reason()).isEqualTo(Reason.MATCH);
    assertThat(staff.segments()).containsExactly("staff");
    EvaluationResult other = e.evaluate("shop", "dark-mode", "u", Map.of("email", "a@y.dev"));
    assertThat(other.enabled()).isTrue();
    assertThat(other.reason()).isEqualTo(Reason.DEFAULT);
    assertThat(other.match()).isFalse();
  }

  @Test
  void enabledFalseDoesNotStopRollouts() {
    Evaluator e = evaluator("false", "      - threshold: {percentage: 100, value: true}");
    assertThat(e.evaluate("shop", "dark-mode", "anyone", Map.of()).enabled()).isTrue();
  }
}
