package dev.tollgate.promql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PromDurationTest {

  @Test
  void parsesUnitsInDecreasingOrder() {
    assertThat(PromDuration.parseMillis("1h30m")).isEqualTo(5_400_000);
    assertThat(PromDuration.parseMillis("0")).isZero();
    assertThat(PromDuration.parseMillis("100ms")).isEqualTo(100);
    assertThat(PromDuration.parseMillis("1y")).isEqualTo(365L * 24 * 3600 * 1000);
    assertThat(PromDuration.parseMillis("1w2d")).isEqualTo(9L * 24 * 3600 * 1000);
  }

  @Test
  void rejectsBadDurations() {
    assertThatThrownBy(() -> PromDuration.parseMillis("30m1h"))
        .hasMessage("not a valid duration string: \"30m1h\"");
    assertThatThrownBy(() -> PromDuration.parseMillis("")).hasMessage("empty duration string");
    assertThatThrownBy(() -> PromDuration.parseMillis("5"))
        .hasMessage("not a valid duration string: \"5\"");
  }

  @Test
  void formatsLikeModelDuration() {
    assertThat(PromDuration.format(0)).isEqualTo("0s");
    assertThat(PromDuration.format(5_400_000)).isEqualTo("1h30m");
    assertThat(PromDuration.format(90L * 24 * 3600 * 1000)).isEqualTo("90d");
    assertThat(PromDuration.format(14L * 24 * 3600 * 1000)).isEqualTo("2w");
    assertThat(PromDuration.format(1500)).isEqualTo("1s500ms");
  }
}
