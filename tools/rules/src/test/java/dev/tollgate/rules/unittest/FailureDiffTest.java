package dev.tollgate.rules.unittest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.promql.Compat;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureDiffTest {

  @Test
  void listsOnlyTheSamplesThatDiffer() {
    String failure =
        """
            expr: "up", time: 1m,
                exp: {__name__="up", a="x, {y}"} 1E+00, {__name__="up", a="z"} 2E+00
                got: {__name__="up", a="x, {y}"} 1E+00, {__name__="up", a="z"} 3E+00\
        """;
    assertThat(FailureDiff.of(failure))
        .containsExactly(
            "        - {__name__=\"up\", a=\"z\"} 2E+00",
            "        + {__name__=\"up\", a=\"z\"} 3E+00");
  }

  @Test
  void listsAlertsWithLabelsAndAnnotationsOnOneLine() throws Exception {
    RuleTestRunner.FileResult result = PromtoolFixturesTest.run("failing.yml", Compat.V2);
    List<String> diff = FailureDiff.of(result.errors().get(1));
    assertThat(diff)
        .containsExactly(
            "        - Labels:{alertname=\"InstanceDown\", instance=\"a\", job=\"node\","
                + " severity=\"warning\"} Annotations:{summary=\"a of node down (0)\"}",
            "        + Labels:{alertname=\"InstanceDown\", instance=\"a\", job=\"node\","
                + " severity=\"critical\"} Annotations:{summary=\"a of node down (0)\"}");
  }

  @Test
  void hasNothingToSayAboutErrorsWithoutExpectations() {
    assertThat(
            FailureDiff.of(
                "    expr: \"up[5m]\", time: 1m, err: rule result is not a vector or scalar"))
        .isEmpty();
    assertThat(
            FailureDiff.of("    expr: \"up\", time: 2m,\n        exp: nil\n        got: {} 1E+00"))
        .containsExactly("        + {} 1E+00");
  }
}
