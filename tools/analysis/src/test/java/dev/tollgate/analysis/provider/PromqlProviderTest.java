package dev.tollgate.analysis.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.analysis.ProviderException;
import dev.tollgate.analysis.QueryResult;
import dev.tollgate.core.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The offline provider gives Argo's result shapes (spec §3.1) from real PromQL answers. */
class PromqlProviderTest {

  private static PromqlProvider provider() {
    SeriesInput input = new SeriesInput(60_000);
    Position at = Position.ofFile("t");
    input.add("x{a=\"1\"}", at, "1 2 3", at);
    input.add("x{a=\"2\"}", at, "10 20 30", at);
    return new PromqlProvider(input.storage());
  }

  @Test
  void instantVectorIsTheListOfSampleValues() throws Exception {
    QueryResult r = provider().query("x", 120_000);
    assertThat(r.result()).isEqualTo(List.of(3.0, 30.0));
    assertThat(r.value()).isEqualTo("[3,30]");
  }

  @Test
  void aggregationIsAOneElementVector() throws Exception {
    assertThat(provider().query("sum(x)", 60_000).result()).isEqualTo(List.of(22.0));
  }

  @Test
  void emptyVectorIsAnEmptyList() throws Exception {
    QueryResult r = provider().query("x{a=\"none\"}", 60_000);
    assertThat(r.result()).isEqualTo(List.of());
    assertThat(r.value()).isEqualTo("[]");
  }

  @Test
  void scalarIsAFloat() throws Exception {
    QueryResult r = provider().query("scalar(sum(x)) / 4", 0);
    assertThat(r.result()).isEqualTo(2.75);
    assertThat(r.value()).isEqualTo("2.75");
  }

  @Test
  void rangeSelectorMatrixIsFlattenedSeriesBySeries() throws Exception {
    QueryResult r = provider().query("x[2m]", 120_000);
    assertThat(r.value()).startsWith("[").endsWith("30]");
    @SuppressWarnings("unchecked")
    List<Double> values = (List<Double>) r.result();
    assertThat(values).containsSubsequence(2.0, 3.0, 20.0, 30.0);
  }

  @Test
  void stringResultIsNotSupportedAndBadQueryIsBadData() {
    assertThatThrownBy(() -> provider().query("\"text\"", 0))
        .isInstanceOf(ProviderException.class)
        .hasMessageStartingWith("Prometheus metric type not supported");
    assertThatThrownBy(() -> provider().query("sum(", 0))
        .isInstanceOf(ProviderException.class)
        .hasMessageStartingWith("bad_data: ");
  }

  @Test
  void valuesAreFormattedLikeGoFormatFloat() {
    assertThat(ResultShapes.format(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(ResultShapes.format(1e21)).isEqualTo("1000000000000000000000");
    assertThat(ResultShapes.format(1e-7)).isEqualTo("0.0000001");
    assertThat(ResultShapes.format(10)).isEqualTo("10");
    assertThat(ResultShapes.format(Double.NaN)).isEqualTo("NaN");
    assertThat(ResultShapes.format(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
  }
}
