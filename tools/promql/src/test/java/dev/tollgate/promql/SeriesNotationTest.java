package dev.tollgate.promql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesNotationTest {

  private static List<Double> values(String notation) {
    return SeriesNotation.expand(notation).stream().map(SeriesNotation.Point::value).toList();
  }

  @Test
  void expandsRepetitionsAndSlopes() {
    assertThat(values("1+2x3")).containsExactly(1.0, 3.0, 5.0, 7.0);
    assertThat(values("-2-1x4")).containsExactly(-2.0, -3.0, -4.0, -5.0, -6.0);
    assertThat(values("1x3")).containsExactly(1.0, 1.0, 1.0, 1.0);
    assertThat(values("1x0")).containsExactly(1.0);
  }

  @Test
  void accumulatesByRepeatedAdditionLikePrometheus() {
    List<Double> v = values("0+0.1x10");
    assertThat(v.get(10)).isEqualTo(0.9999999999999999);
  }

  @Test
  void omittedSlotsAdvanceTimeWithoutPoints() {
    List<SeriesNotation.Point> p = SeriesNotation.expand("_x2 3 _ 4");
    assertThat(p).extracting(SeriesNotation.Point::step).containsExactly(2, 4);
  }

  @Test
  void staleWritesTheStaleMarker() {
    SeriesNotation.Point p = SeriesNotation.expand("stale").get(0);
    assertThat(p.stale()).isTrue();
    assertThat(Storage.isStaleMarker(p.value())).isTrue();
    assertThat(Double.doubleToRawLongBits(p.value())).isEqualTo(0x7ff0000000000002L);
  }

  @Test
  void readsInfNaNAndExponents() {
    assertThat(values("Inf -Inf 1e3 .5"))
        .containsExactly(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1000.0, 0.5);
    assertThat(values("NaN").get(0)).isNaN();
  }

  @Test
  void hexIsNotANumberButAZeroRepeated() {
    assertThat(values("0x10")).hasSize(11).containsOnly(0.0);
  }

  @Test
  void nativeHistogramsFailWithNotSupported() {
    assertThatThrownBy(() -> SeriesNotation.expand("{{schema:0 sum:1 count:1}}"))
        .hasMessageContaining("native histograms are not supported");
  }

  @Test
  void rejectsUnknownWords() {
    assertThatThrownBy(() -> SeriesNotation.expand("1 a"))
        .hasMessage("unexpected identifier \"a\" in series values, expected number or \"stale\"");
  }

  @Test
  void parsesSeriesLines() {
    SeriesNotation.SeriesLine line =
        SeriesNotation.parseSeriesLine("up{job=\"a\", instance=\"b\"} 1 2");
    assertThat(line.labels()).isEqualTo(Labels.of("__name__", "up", "job", "a", "instance", "b"));
    assertThat(line.points()).hasSize(2);
    assertThat(SeriesNotation.parseLabels("{}")).isEqualTo(Labels.EMPTY);
  }
}
