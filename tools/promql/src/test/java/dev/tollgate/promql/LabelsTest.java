package dev.tollgate.promql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelsTest {

  @Test
  void sortsByNameAndRendersThePrometheusForm() {
    Labels l = Labels.of("job", "x", "__name__", "up", "a", "q\"");
    assertThat(l.names()).containsExactly("__name__", "a", "job");
    assertThat(l.toString()).isEqualTo("up{a=\"q\\\"\", job=\"x\"}");
    assertThat(Labels.of("__name__", "up").toString()).isEqualTo("up");
    assertThat(Labels.EMPTY.toString()).isEqualTo("{}");
    assertThat(l.get("job")).isEqualTo("x");
    assertThat(l.get("nope")).isNull();
  }

  @Test
  void comparesLabelByLabel() {
    assertThat(Labels.of("a", "1").compareTo(Labels.of("a", "2"))).isNegative();
    assertThat(Labels.of("a", "1").compareTo(Labels.of("a", "1", "b", "1"))).isNegative();
    assertThat(Labels.of("b", "1").compareTo(Labels.of("a", "1", "b", "1"))).isPositive();
    assertThat(Labels.of("a", "1", "b", "2")).isEqualTo(Labels.of("b", "2", "a", "1"));
  }
}
