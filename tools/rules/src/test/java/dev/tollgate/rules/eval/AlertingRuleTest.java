package dev.tollgate.rules.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.Position;
import dev.tollgate.promql.Labels;
import dev.tollgate.promql.Sample;
import dev.tollgate.rules.RuleDef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The alert state machine of spec §2.5, step by step (1m evaluations). */
class AlertingRuleTest {
  private static final long MIN = 60_000;
  private static final Labels SERIES = Labels.of("__name__", "up", "instance", "a");

  private static AlertingRule rule(long forMillis, long keepFiringMillis) throws Exception {
    return new AlertingRule(
        new RuleDef(
            true,
            "Down",
            new Position("r.yml", 1, 1),
            "up == 0",
            new Position("r.yml", 2, 1),
            forMillis,
            keepFiringMillis,
            Map.of("severity", "{{ if eq $value 0.0 }}page{{ else }}info{{ end }}"),
            Map.of("summary", "{{ $labels.instance }} is {{ $value }}")));
  }

  private static List<Sample> step(AlertingRule rule, long minute, boolean present)
      throws Exception {
    List<Sample> result = present ? List.of(new Sample(SERIES, minute * MIN, 0)) : List.of();
    return rule.eval(result, minute * MIN, 0, Map.of(), "", q -> List.of());
  }

  private static String state(AlertingRule rule) {
    return rule.activeAlerts().isEmpty() ? "none" : rule.activeAlerts().get(0).state().name();
  }

  @Test
  void goesPendingThenFiresAfterForDuration() throws Exception {
    AlertingRule rule = rule(3 * MIN, 0);
    step(rule, 4, true);
    assertThat(state(rule)).isEqualTo("PENDING");
    step(rule, 6, true);
    assertThat(state(rule)).isEqualTo("PENDING");
    List<Sample> written = step(rule, 7, true);
    assertThat(state(rule)).isEqualTo("FIRING");
    Labels alertLabels = rule.activeAlerts().get(0).labels();
    assertThat(alertLabels.toMap())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("alertname", "Down", "instance", "a", "severity", "page"));
    assertThat(rule.activeAlerts().get(0).annotations()).containsEntry("summary", "a is 0");
    assertThat(written)
        .extracting(
            s -> s.labels().get("__name__") + "/" + s.labels().get("alertstate") + "=" + s.value())
        .containsExactlyInAnyOrder("ALERTS/firing=1.0", "ALERTS_FOR_STATE/null=240.0");
  }

  @Test
  void dropsPendingAlertWhenSeriesDisappears() throws Exception {
    AlertingRule rule = rule(3 * MIN, 0);
    step(rule, 0, true);
    step(rule, 1, false);
    assertThat(state(rule)).isEqualTo("none");
    step(rule, 2, true);
    step(rule, 4, true);
    assertThat(state(rule)).as("activeAt restarted at 2m").isEqualTo("PENDING");
  }

  @Test
  void keepsFiringForKeepFiringForAfterTheConditionClears() throws Exception {
    AlertingRule rule = rule(0, 2 * MIN);
    step(rule, 0, true);
    assertThat(state(rule)).as("for: 0 fires at once").isEqualTo("FIRING");
    step(rule, 1, false);
    assertThat(state(rule)).isEqualTo("FIRING");
    step(rule, 2, false);
    assertThat(state(rule)).isEqualTo("FIRING");
    step(rule, 3, false);
    assertThat(state(rule)).as("3m - 1m >= keep_firing_for").isEqualTo("none");
  }

  @Test
  void resolvedAlertStartsPendingAgainWhenTheConditionReturns() throws Exception {
    AlertingRule rule = rule(2 * MIN, 0);
    step(rule, 0, true);
    step(rule, 2, true);
    assertThat(state(rule)).isEqualTo("FIRING");
    step(rule, 3, false);
    assertThat(state(rule)).isEqualTo("none");
    step(rule, 4, true);
    assertThat(state(rule)).isEqualTo("PENDING");
  }

  @Test
  void rejectsDuplicateLabelSetsAndEnforcesTheGroupLimit() throws Exception {
    AlertingRule rule = rule(0, 0);
    List<Sample> twins =
        List.of(
            new Sample(Labels.of("__name__", "up", "instance", "a"), 0, 0),
            new Sample(Labels.of("__name__", "down", "instance", "a"), 0, 0));
    assertThatThrownBy(() -> rule.eval(twins, 0, 0, Map.of(), "", q -> List.of()))
        .hasMessage("vector contains metrics with the same labelset after applying alert labels");
    List<Sample> two =
        List.of(
            new Sample(Labels.of("instance", "a"), 0, 0),
            new Sample(Labels.of("instance", "b"), 0, 0));
    assertThatThrownBy(() -> rule(0, 0).eval(two, 0, 1, Map.of(), "", q -> List.of()))
        .hasMessage("exceeded limit of 1 with 2 alerts");
  }
}
