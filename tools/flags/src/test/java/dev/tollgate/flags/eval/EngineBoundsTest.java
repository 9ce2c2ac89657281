package dev.tollgate.flags.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EngineBoundsTest {

  @Test
  void thirdsTruncateUnderV1AndEndAtThousandUnderV2() {
    float[] thirds = {33.33f, 33.33f, 33.34f};
    assertThat(Engine.V1.bounds(thirds)).containsExactly(333, 666, 999);
    assertThat(Engine.V2.bounds(thirds)).containsExactly(333, 666, 1000);
  }

  @Test
  void sumsOverHundredAreNormalisedOnlyByV2() {
    float[] overfull = {80f, 40f};
    assertThat(Engine.V1.bounds(overfull)).containsExactly(800, 1200);
    assertThat(Engine.V2.bounds(overfull)).containsExactly(666, 1000);
  }

  @Test
  void sumsUnderHundredLeaveAGapOnlyUnderV1() {
    float[] partial = {30f, 50f};
    assertThat(Engine.V1.bounds(partial)).containsExactly(300, 800);
    assertThat(Engine.V2.bounds(partial)).containsExactly(375, 1000);
  }

  @Test
  void float32StepsTruncateFiftyNineToFiveEightyNine() {
    // (59/100)*100 is 58.999996 in float32, so the Go v2.9+ server's first bound is 589
    assertThat(Engine.V2.bounds(new float[] {59f, 41f})).containsExactly(589, 1000);
    assertThat(Engine.V1.bounds(new float[] {59f, 41f})).containsExactly(590, 1000);
  }

  @Test
  void singleDistributionCoversEverythingUnderV2() {
    assertThat(Engine.V2.bounds(new float[] {10f})).containsExactly(1000);
    assertThat(Engine.V1.bounds(new float[] {10f})).containsExactly(100);
  }

  @Test
  void branchFreeVariantPickAgreesWithTheSearchForEveryBucket() {
    Random random = new Random(7);
    int checked = 0;
    for (int round = 0; round < 2_000; round++) {
      float[] rollouts = new float[1 + random.nextInt(5)];
      for (int k = 0; k < rollouts.length; k++) {
        // whole, fractional, tiny (width 0 under V1) and oversized rollouts
        rollouts[k] =
            switch (random.nextInt(4)) {
              case 0 -> 1 + random.nextInt(100);
              case 1 -> random.nextInt(10_000) / 100f;
              case 2 -> 0.05f;
              default -> 50 + random.nextFloat() * 200;
            };
      }
      for (Engine engine : Engine.values()) {
        int[] bounds = engine.bounds(rollouts);
        assertThat(CompiledFlag.countable(bounds)).as("%s", (Object) bounds).isTrue();
        for (int bucket = 0; bucket < 1000; bucket++) {
          assertThat(CompiledFlag.firstAbove(bounds, bucket))
              .isEqualTo(CompiledFlag.search(bounds, bucket));
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(2_000 * 2 * 1000);
  }

  @Test
  void overflowingV1BoundsAreNotCountedButSearched() {
    // a V1 sum past 2^31 wraps negative: the evaluator must fall back to the plain search
    int[] bounds = Engine.V1.bounds(new float[] {3e8f, 3e8f});
    assertThat(CompiledFlag.countable(bounds)).isFalse();
    assertThat(CompiledFlag.countable(new int[] {10, 5})).isFalse();
    assertThat(CompiledFlag.countable(new int[] {0, 0, 1000})).isTrue();
  }
}
