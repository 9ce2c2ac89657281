package dev.tollgate.flags.eval;

import static org.assertj.core.api.Assertions.assertThat;

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
}
