package dev.tollgate.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A malformed template is a positioned error before any measurement, never a stack trace. */
class TemplateErrorsTest {

  private static Diagnostic error(String yaml, Map<String, String> args) {
    InputException e =
        catchThrowableOfType(InputException.class, () -> Templates.metrics(yaml, args));
    assertThat(e).as("expected an input error").isNotNull();
    return e.diagnostic();
  }

  private static Diagnostic metricError(String metricYaml) {
    return error(Templates.template(metricYaml), Map.of());
  }

  @Test
  void misspelledMetricFieldIsReportedAtTheKey() {
    Diagnostic d =
        metricError(
            "name: m\nsucessCondition: result[0] > 1\n"
                + "provider: {prometheus: {address: http://p, query: q}}");
    assertThat(d.message()).isEqualTo("unknown field \"sucessCondition\" in metric");
    assertThat(d.position().line()).isEqualTo(7);
    assertThat(d.position().column()).isEqualTo(5);
    assertThat(d.ruleId()).isEqualTo("analysis-template");
    assertThat(d.render()).contains("template.yaml:7:5: error: unknown field");
  }

  @Test
  void conditionSyntaxErrorPointsIntoTheCondition() {
    Diagnostic d =
        metricError(
            "name: m\nsuccessCondition: result[0] >= \n"
                + "provider: {prometheus: {address: http://p, query: q}}");
    assertThat(d.message()).startsWith("successCondition does not compile:");
    assertThat(d.position().line()).isEqualTo(7);
    assertThat(d.position().column()).isGreaterThan(22);
  }

  @Test
  void dayUnitIntervalIsRejectedAsGoDoes() {
    Diagnostic d =
        metricError(
            "name: m\ninterval: 1d\ncount: 2\n"
                + "provider: {prometheus: {address: http://p, query: q}}");
    assertThat(d.message()).isEqualTo("interval: time: unknown unit \"d\" in duration \"1d\"");
    assertThat(d.hint()).contains("no \"d\"");
  }

  @Test
  void disablingBothFailureLimitAndConsecutiveSuccessLimitIsInvalid() {
    Diagnostic d =
        metricError(
            "name: m\nfailureLimit: -1\nprovider: {prometheus: {address: http://p, query: q}}");
    assertThat(d.message()).contains("cannot both be disabled");
  }

  @Test
  void countAboveOneWithoutIntervalIsInvalid() {
    Diagnostic d =
        metricError("name: m\ncount: 3\nprovider: {prometheus: {address: http://p, query: q}}");
    assertThat(d.message()).isEqualTo("interval must be specified when count > 1");
  }

  @Test
  void otherProvidersCannotBeEvaluatedOffline() {
    Diagnostic d = metricError("name: m\nprovider: {job: {spec: {}}}");
    assertThat(d.message()).contains("the job provider cannot be evaluated offline");
  }

  private static final String WITH_ARGS =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: AnalysisTemplate
      metadata: {name: t}
      spec:
        args:
        - name: service
        - name: token
          valueFrom: {secretKeyRef: {name: s, key: k}}
        metrics:
        - name: m
          count: "{{args.count}}"
          provider: {prometheus: {address: http://p, query: 'up{job="{{ args.service }}"}'}}
        - name: n
          provider: {prometheus: {address: http://p, query: 'x{t="{{args.token}}"}'}}
      """;

  @Test
  void argumentWithoutValueIsAnInputError() {
    Diagnostic d = error(WITH_ARGS, Map.of("token", "x"));
    assertThat(d.message())
        .isEqualTo("args.service was not resolved: the template declares it" + " without a value");
  }

  @Test
  void valueFromCannotBeReadOfflineAndSaysHowToSupplyIt() {
    Diagnostic d = error(WITH_ARGS, Map.of("service", "api"));
    assertThat(d.message()).contains("valueFrom.secretKeyRef").contains("cannot read offline");
    assertThat(d.hint()).contains("--arg token=VALUE");
  }

  @Test
  void tagNamingAnUndeclaredArgumentFailsLikeArgo() {
    Diagnostic d = error(WITH_ARGS, Map.of("service", "api", "token", "t"));
    assertThat(d.message()).isEqualTo("failed to resolve {{args.count}}");
    assertThat(d.position().line()).isEqualTo(11);
  }

  @Test
  void suppliedArgumentsAreSubstitutedInEveryStringField() {
    String yaml =
        WITH_ARGS
            .replace("  - name: token\n", "  - name: count\n    value: \"3\"\n  - name: token\n")
            .replace("count: \"{{args.count}}\"", "count: \"{{args.count}}\"\n    interval: 1m");
    List<Metric> metrics = Templates.metrics(yaml, Map.of("service", "api", "token", "t0k"));
    assertThat(metrics.get(0).count()).isEqualTo(3);
    assertThat(metrics.get(0).prometheus().query()).isEqualTo("up{job=\"api\"}");
    assertThat(metrics.get(1).prometheus().query()).isEqualTo("x{t=\"t0k\"}");
  }

  @Test
  void sameArgumentWithDifferentValuesInTwoTemplatesIsAnError() {
    String two =
        """
        kind: AnalysisTemplate
        metadata: {name: a}
        spec:
          args: [{name: x, value: "1"}]
          metrics: [{name: m1, provider: {prometheus: {address: http://p, query: q}}}]
        ---
        kind: AnalysisTemplate
        metadata: {name: b}
        spec:
          args: [{name: x, value: "2"}]
          metrics: [{name: m2, provider: {prometheus: {address: http://p, query: q}}}]
        """;
    Diagnostic d = error(two, Map.of());
    assertThat(d.message())
        .isEqualTo("Argument `x` specified multiple times with different values");
  }

  @Test
  void duplicateMetricNamesAcrossTemplatesAreAnError() {
    String two =
        """
        kind: AnalysisTemplate
        metadata: {name: a}
        spec:
          metrics: [{name: m, provider: {prometheus: {address: http://p, query: q}}}]
        ---
        kind: AnalysisTemplate
        metadata: {name: b}
        spec:
          metrics: [{name: m, provider: {prometheus: {address: http://p, query: q}}}]
        """;
    assertThat(error(two, Map.of()).message()).startsWith("two metrics have the same name 'm'");
  }

  @Test
  void bareStarDryRunRuleIsAnInvalidRegexThatMatchesNothing() {
    String yaml =
        """
        kind: AnalysisTemplate
        metadata: {name: a}
        spec:
          dryRun: [{metricName: "*"}]
          metrics: [{name: m, provider: {prometheus: {address: http://p, query: q}}}]
        """;
    assertThat(error(yaml, Map.of()).message())
        .isEqualTo("dryRun[0]: Rule didn't match any metric name(s)");
  }
}
