package dev.tollgate.flags.flipper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FlipperEvaluatorTest {

  private static FlipperFeature feature(String bool, String actorsPct, String timePct) {
    return new FlipperFeature(
        "search", bool, Set.of("User;1"), Set.of("admins"), actorsPct, timePct, null);
  }

  @Test
  void percentageOfActorsUsesCrc32OfFeatureAndActorScaledByThousand() {
    // Flipper's own example: 25% turns User;6 (8323) on and User;1 (97600) off
    FlipperFeature f = new FlipperFeature("search", null, Set.of(), Set.of(), "25", null, null);
    assertThat(FlipperEvaluator.evaluate(f, "User;6", Set.of()).enabled()).isTrue();
    assertThat(FlipperEvaluator.evaluate(f, "User;1", Set.of()).enabled()).isFalse();
    FlipperFeature precise =
        new FlipperFeature("search", null, Set.of(), Set.of(), "8.324", null, null);
    assertThat(FlipperEvaluator.evaluate(precise, "User;6", Set.of()).enabled()).isTrue();
    FlipperFeature below =
        new FlipperFeature("search", null, Set.of(), Set.of(), "8.323", null, null);
    assertThat(FlipperEvaluator.evaluate(below, "User;6", Set.of()).enabled()).isFalse();
  }

  @Test
  void gatesOpenInFlippersOrder() {
    assertThat(FlipperEvaluator.evaluate(feature("true", null, null), "x", Set.of()).gate())
        .isEqualTo("boolean");
    assertThat(FlipperEvaluator.evaluate(feature(null, null, null), "User;1", Set.of()).gate())
        .isEqualTo("actor");
    assertThat(FlipperEvaluator.evaluate(feature(null, null, null), "x", Set.of("admins")).gate())
        .isEqualTo("group");
    FlipperEvaluator.Result none =
        FlipperEvaluator.evaluate(feature("false", "0", null), "x", Set.of());
    assertThat(none.enabled()).isFalse();
    assertThat(none.gate()).isNull();
  }

  @Test
  void percentageOfTimeIsAProbabilityNotADecision() {
    FlipperEvaluator.Result r = FlipperEvaluator.evaluate(feature(null, null, "15"), "x", Set.of());
    assertThat(r.enabled()).isNull();
    assertThat(r.timeChance()).isEqualTo(0.15);
    assertThat(FlipperEvaluator.evaluate(feature(null, null, "100"), "x", Set.of()).enabled())
        .isTrue();
  }

  @Test
  void percentagesParseLikeRubyToIAndToF() {
    assertThat(FlipperEvaluator.percentage("25")).isEqualTo(25.0);
    assertThat(FlipperEvaluator.percentage("12.5")).isEqualTo(12.5);
    assertThat(FlipperEvaluator.percentage("12.9abc")).isEqualTo(12.9);
    assertThat(FlipperEvaluator.percentage("7abc")).isEqualTo(7.0);
    assertThat(FlipperEvaluator.percentage("abc")).isEqualTo(0.0);
    assertThat(FlipperEvaluator.isTrue("1")).isTrue();
    assertThat(FlipperEvaluator.isTrue("yes")).isFalse();
  }
}
