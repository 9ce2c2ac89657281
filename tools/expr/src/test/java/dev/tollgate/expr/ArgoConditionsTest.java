package dev.tollgate.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real condition strings of Argo Rollouts v1.9.1 (spec §3.4), with the values they meet. */
class ArgoConditionsTest {

  private static boolean holds(String condition, Object result) throws ExprException {
    return (Boolean) ArgoConditions.evaluateCondition(Expr.compile(condition), result);
  }

  private static List<Double> vector(Double... values) {
    return Arrays.asList(values);
  }

  @Test
  void prometheusVectorConditionsIndexTheFirstSample() throws ExprException {
    assertThat(holds("result[0] >= 0.95", vector(0.97))).isTrue();
    assertThat(holds("result[0] >= 0.95", vector(0.90))).isFalse();
    assertThat(holds("result[0] <= 0.95", vector(0.01))).isTrue();
    assertThat(holds("result[0] >= 10", vector(12.0))).isTrue();
    assertThat(holds("result[0] >= 0.99", vector(0.98))).isFalse();
  }

  @Test
  void bothConditionsFalseIsTheInconclusiveCase() throws ExprException {
    assertThat(holds("result[0] >= 0.90", vector(0.7))).isFalse();
    assertThat(holds("result[0] < 0.50", vector(0.7))).isFalse();
  }

  @Test
  void nanAndInfinityScalars() throws ExprException {
    assertThat(holds("isNaN(result) || result >= 0.95", Double.NaN)).isTrue();
    assertThat(holds("result >= 0.95", Double.NaN)).isFalse();
    assertThat(holds("result < 0.95", Double.NaN)).isFalse();
    assertThat(holds("isInf(result)", Double.POSITIVE_INFINITY)).isTrue();
    assertThat(holds("result >= 0.9", Double.POSITIVE_INFINITY)).isTrue();
  }

  @Test
  void emptyVectorGuards() throws ExprException {
    assertThat(holds("len(result) == 0 || result[0] >= 0.95", vector())).isTrue();
    assertThat(holds("len(result) > 0 && result[0] >= 0.95", vector())).isFalse();
    assertThatThrownBy(() -> holds("result[0] >= 0.95", vector()))
        .isInstanceOf(ExprException.class)
        .hasMessage("1:7: reflect: slice index out of range");
  }

  @Test
  void rangeQueryMatrixWithAll() throws ExprException {
    assertThat(holds("all(result, # < 1000)", vector(10.0, 999.0, 20.0))).isTrue();
    assertThat(holds("all(result, # < 1000)", vector(10.0, 1000.0))).isFalse();
  }

  @Test
  void datadogDefaultLooksAtTheWholeResult() throws ExprException {
    assertThat(holds("default(result, 0) < 0.05", null)).isTrue();
    assertThat(holds("default(result, 0) < 0.05", 0.5)).isFalse();
    assertThat(holds("default(result, 0) > 3", 5.0)).isTrue();
  }

  @Test
  void unsubstitutedArgumentTagIsACompileError() {
    assertThatThrownBy(() -> Expr.compile("default(result, 0) > {{ args.restarts.max-restarts }}"))
        .isInstanceOf(ExprException.class)
        .hasMessageStartingWith("1:23: ");
  }

  @Test
  void webProviderJsonConditions() throws ExprException {
    Map<String, Object> body = Map.of("ok", true, "successPercent", 0.93, "successRate", 0.96);
    assertThat(holds("result.ok && result.successPercent >= 0.90", body)).isTrue();
    assertThat(holds("result.successRate >= 0.95", body)).isTrue();
    assertThat(holds("result == true", true)).isTrue();
    assertThat(holds("result == 'It worked!'", "It worked!")).isTrue();
    assertThat(holds("result == \"true\"", "true")).isTrue();
    assertThat(holds("result.Status == 999", Map.of("Status", 999.0))).isTrue();
    assertThat(holds("result.Status == -1", Map.of("Status", 999.0))).isFalse();
  }

  @Test
  void cloudwatchAndSkywalkingShapes() throws ExprException {
    Object cloudwatch = List.of(Map.of("Values", List.of(0.001, 0.002, 0.003, 0.004, 0.005)));
    assertThat(
            holds("len(result[0].Values) >= 5 and all(result[0].Values, {# <= 0.01})", cloudwatch))
        .isTrue();
    Object skywalking =
        Map.of(
            "service_apdex", Map.of("values", Map.of("values", List.of(Map.of("value", "9950")))));
    assertThat(
            holds("all(result.service_apdex.values.values, {asFloat(.value) >= 9900})", skywalking))
        .isTrue();
  }

  @Test
  void bareComparisonOnAVectorIsATypeError() {
    assertThatThrownBy(() -> holds("result > 0.95", vector(0.97)))
        .isInstanceOf(ExprException.class)
        .hasMessage("1:8: invalid operation: > (mismatched types []float64 and float64)");
    assertThatThrownBy(() -> holds("result == 0", vector(0.0)))
        .hasMessage("1:8: invalid operation: == (mismatched types []float64 and int)");
    assertThatThrownBy(() -> holds("isNaN(result)", vector(Double.NaN)))
        .hasMessageContaining("cannot use []float64 as argument (type float64) to call isNaN");
  }

  @Test
  void graphiteDocTypoIsAnUnknownName() throws ExprException {
    Expr typo = Expr.compile("results[0] >= 90.000000");
    assertThat(typo.freeVariables()).containsExactly("results");
    assertThatThrownBy(() -> ArgoConditions.evaluateCondition(typo, vector(95.0)))
        .hasMessage("1:1: unknown name results");
  }

  @Test
  void nonBoolResultIsAnError() {
    assertThatThrownBy(() -> holds("result[0]", vector(0.5)))
        .isInstanceOf(ExprException.class)
        .hasMessage("1:1: expected bool, but got float64");
    assertThatThrownBy(() -> holds("len(result)", vector(0.5)))
        .hasMessage("1:1: expected bool, but got int");
  }

  @Test
  void freeVariablesListEnvironmentNamesButNotBuiltIns() throws ExprException {
    assertThat(Expr.compile("isNaN(result) || result >= 0.95").freeVariables())
        .containsExactlyInAnyOrder("isNaN", "result");
    assertThat(Expr.compile("len(result) > 0 && all(result, {# < max(1, 2)})").freeVariables())
        .containsExactly("result");
    assertThat(ArgoConditions.NAMES)
        .containsAll(
            Expr.compile("default(result, 0) < 0.05 and not isNil(result)").freeVariables());
  }

  @Test
  void errorsCarryLineAndColumn() {
    ExprException error =
        org.junit.jupiter.api.Assertions.assertThrows(
            ExprException.class, () -> Expr.compile("result[0] >= 0.95 &&\n  result | x"));
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.column()).isEqualTo(10);
    assertThat(error.reason()).isEqualTo("unsupported syntax: pipe operator '|'");
  }
}
