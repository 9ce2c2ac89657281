package dev.tollgate.promql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EngineTest {

  private static Storage counters(int series, int samples) {
    Storage s = new Storage();
    for (int i = 0; i < series; i++) {
      Labels l = Labels.of("__name__", "req_total", "instance", "i" + i);
      for (int j = 0; j < samples; j++) {
        s.add(l, j * 60_000L, j * (i + 1));
      }
    }
    return s;
  }

  @Test
  void instantQueryReturnsVectorsScalarsAndStrings() throws Exception {
    Engine e = new Engine(EngineOptions.defaults());
    Storage s = counters(2, 20);
    Vector v = (Vector) e.instantQuery(s, "sum(rate(req_total[5m]))", 600_000);
    assertThat(v.samples()).hasSize(1);
    assertThat(v.samples().get(0).value())
        .isCloseTo(3.0 / 60, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(e.instantQuery(s, "1 + 2", 0)).isEqualTo(new Scalar(0, 3));
    assertThat(e.instantQuery(s, "\"x\"", 5)).isEqualTo(new StringValue(5, "x"));
  }

  @Test
  void rangeQueryReturnsSortedSeriesWithOnePointPerStep() throws Exception {
    Engine e = new Engine(EngineOptions.defaults());
    Matrix m =
        (Matrix) e.rangeQuery(counters(3, 20), PromQL.parse("req_total"), 0, 600_000, 60_000);
    assertThat(m.series()).hasSize(3);
    assertThat(m.series().get(0).labels().get("instance")).isEqualTo("i0");
    assertThat(m.series().get(2).timestamps()).hasSize(11);
    assertThat(m.series().get(2).values()[10]).isEqualTo(30);
  }

  @Test
  void tooManySamplesIsAClearError() throws Exception {
    Engine e = new Engine(EngineOptions.defaults().withMaxSamples(100));
    Storage s = counters(10, 100);
    assertThatThrownBy(() -> e.rangeQuery(s, PromQL.parse("req_total"), 0, 6_000_000, 60_000))
        .isInstanceOf(PromQLEvalException.class)
        .hasMessage("query processing would load too many samples into memory in query execution");
    assertThat(e.instantQuery(s, "count(req_total)", 600_000)).isInstanceOf(Vector.class);
  }

  @Test
  void timeoutIsAClearError() {
    Engine e = new Engine(EngineOptions.defaults().withTimeout(Duration.ZERO));
    assertThatThrownBy(() -> e.instantQuery(counters(1, 10), "req_total", 0))
        .isInstanceOf(PromQLEvalException.class)
        .hasMessage("query timed out in query execution");
  }

  @Test
  void compat2UsesClosedWindowsAndCompat3LeftOpenOnes() throws Exception {
    Storage s = counters(1, 20);
    Engine v3 = new Engine(EngineOptions.defaults());
    Engine v2 = new Engine(EngineOptions.defaults().withCompat(Compat.V2));
    assertThat(
            ((Vector) v3.instantQuery(s, "count_over_time(req_total[5m])", 600_000))
                .samples()
                .get(0)
                .value())
        .isEqualTo(5);
    assertThat(
            ((Vector) v2.instantQuery(s, "count_over_time(req_total[5m])", 600_000))
                .samples()
                .get(0)
                .value())
        .isEqualTo(6);
  }

  @Test
  void staleMarkersHideTheSeriesAtOnce() throws Exception {
    Storage s = new Storage();
    Labels up = Labels.of("__name__", "up");
    s.add(up, 0, 1);
    s.addStaleMarker(up, 60_000);
    Engine e = new Engine(EngineOptions.defaults());
    assertThat(((Vector) e.instantQuery(s, "up", 30_000)).samples()).hasSize(1);
    assertThat(((Vector) e.instantQuery(s, "up", 90_000)).samples()).isEmpty();
  }

  @Test
  void holtWintersExistsOnlyInCompat2() throws Exception {
    Storage s = counters(1, 10);
    Engine v2 = new Engine(EngineOptions.defaults().withCompat(Compat.V2));
    assertThat(
            ((Vector) v2.instantQuery(s, "holt_winters(req_total[5m], 0.5, 0.5)", 540_000))
                .samples())
        .hasSize(1);
    Engine v3 = new Engine(EngineOptions.defaults());
    assertThatThrownBy(() -> v3.instantQuery(s, "holt_winters(req_total[5m], 0.5, 0.5)", 540_000))
        .isInstanceOf(PromQLEvalException.class);
  }
}
