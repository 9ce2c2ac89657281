package dev.tollgate.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GoDurationTest {

  @Test
  void parsesCompoundFractionalAndSubSecondGoDurations() {
    assertThat(GoDuration.parseMillis("30s")).isEqualTo(30_000);
    assertThat(GoDuration.parseMillis("1h30m")).isEqualTo(5_400_000);
    assertThat(GoDuration.parseMillis("1.5h")).isEqualTo(5_400_000);
    assertThat(GoDuration.parseMillis("250ms")).isEqualTo(250);
    assertThat(GoDuration.parseMillis("1500us")).isEqualTo(1);
    assertThat(GoDuration.parseMillis("0")).isZero();
  }

  @Test
  void rejectsDaysMissingUnitsAndGarbageWithGoWording() {
    assertThatThrownBy(() -> GoDuration.parseMillis("1d"))
        .hasMessage("time: unknown unit \"d\" in duration \"1d\"");
    assertThatThrownBy(() -> GoDuration.parseMillis("5"))
        .hasMessage("time: missing unit in duration \"5\"");
    assertThatThrownBy(() -> GoDuration.parseMillis("abc"))
        .hasMessage("time: invalid duration \"abc\"");
    assertThatThrownBy(() -> GoDuration.parseMillis("")).hasMessageContaining("invalid duration");
  }

  @Test
  void formatsCompactly() {
    assertThat(GoDuration.format(0)).isEqualTo("0s");
    assertThat(GoDuration.format(90_000)).isEqualTo("1m30s");
    assertThat(GoDuration.format(27 * 60_000)).isEqualTo("27m");
    assertThat(GoDuration.format(3_600_000 + 10_000)).isEqualTo("1h10s");
  }
}
