package dev.tollgate.rules.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.Position;
import dev.tollgate.promql.Compat;
import dev.tollgate.promql.EngineOptions;
import dev.tollgate.promql.Labels;
import dev.tollgate.promql.Storage;
import dev.tollgate.rules.RuleDef;
import dev.tollgate.rules.RuleGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Evaluating rules ahead as range queries must leave exactly what the per-step loop leaves: the
 * same series in the same order, the same samples and stale markers bit for bit, and the same alert
 * states at every step.
 */
class RangePrecomputeTest {
  private static final long STEP = 15_000;
  private static final int STEPS = 600; // more than two chunks of 256 steps
  private static final Position AT = new Position("rules.yml", 1, 1);

  private static RuleDef record(String name, String expr, Map<String, String> labels) {
    return new RuleDef(false, name, AT, expr, AT, 0, 0, labels, Map.of());
  }

  private static RuleDef alert(String name, String expr, long forMillis, long keepFiring) {
    return new RuleDef(
        true,
        name,
        AT,
        expr,
        AT,
        forMillis,
        keepFiring,
        Map.of("severity", "page"),
        Map.of("summary", "{{ $labels.job }} at {{ $value }}"));
  }

  private static RuleGroup group(String name, long queryOffset, int limit, RuleDef... rules) {
    return new RuleGroup("rules.yml", name, AT, STEP, limit, queryOffset, List.of(rules));
  }

  /** Counters with a reset, a series that comes and goes, and an up metric that flaps. */
  private static Storage input() {
    Storage s = new Storage();
    for (int i = 0; i <= STEPS; i++) {
      long t = i * STEP;
      s.add(Labels.of("__name__", "req_total", "job", "a", "instance", "1"), t, (i % 250) * 3.5);
      s.add(Labels.of("__name__", "req_total", "job", "a", "instance", "2"), t, i * 0.1);
      if ((i >= 100 && i < 180) || (i >= 400 && i < 420)) {
        s.add(Labels.of("__name__", "req_total", "job", "b", "instance", "1"), t, i * 7.0);
      } else if (i == 180) {
        s.addStaleMarker(Labels.of("__name__", "req_total", "job", "b", "instance", "1"), t);
      }
      s.add(Labels.of("__name__", "up", "job", "a"), t, (i / 30) % 3 == 0 ? 0 : 1);
      s.add(Labels.of("__name__", "up", "job", "b"), t, i > 300 ? 0 : 1);
      for (String le : List.of("0.1", "0.5", "+Inf")) {
        double share = le.equals("0.1") ? 0.6 : le.equals("0.5") ? 0.9 : 1;
        s.add(Labels.of("__name__", "lat_bucket", "job", "a", "le", le), t, i * 10 * share);
      }
    }
    return s;
  }

  private static List<RuleGroup> groups(int limit) {
    return List.of(
        group(
            "recording",
            0,
            limit,
            record("job:req:rate1m", "sum by (job) (rate(req_total[1m]))", Map.of()),
            record("job:req:rate1m_team", "job:req:rate1m * 2", Map.of("team", "shop")),
            record(
                "job:lat:p90",
                "histogram_quantile(0.9, sum by (job, le) (rate(lat_bucket[2m])))",
                Map.of()),
            record("one", "vector(1)", Map.of()),
            record("age", "time() - max(timestamp(up))", Map.of()),
            alert("High", "job:req:rate1m > 30", 60_000, 30_000)),
        group(
            "alerts",
            30_000,
            limit,
            alert("Down", "up == 0", 45_000, 0),
            record("up:ratio", "avg without (job) (up)", Map.of()),
            // reads an earlier group's output 30 s behind it: there when the per-step loop reads
            record("job:req:rate1m:delayed", "job:req:rate1m + 0", Map.of())));
  }

  private static RuleEvaluator evaluator(Storage storage, List<RuleGroup> groups) throws Exception {
    EngineOptions options = EngineOptions.defaults().withCompat(Compat.V2).withMaxSamples(10_000);
    return new RuleEvaluator(new PromtoolQueries(options, STEP), storage, groups, Map.of(), "");
  }

  /** Runs the loop; returns the alert states after every step. */
  private static List<String> run(RuleEvaluator evaluator) {
    List<String> states = new ArrayList<>();
    for (int i = 0; i <= STEPS; i++) {
      assertThat(evaluator.evalAll(i * STEP)).isEmpty();
      StringBuilder sb = new StringBuilder();
      for (RuleEvaluator.LoadedGroup g : evaluator.groups()) {
        for (RuleEvaluator.LoadedRule r : g.rules()) {
          if (r.alerting() != null) {
            for (AlertingRule.Alert a : r.alerting().activeAlerts()) {
              sb.append(a.labels()).append(a.state()).append(a.annotations()).append(';');
            }
          }
        }
      }
      states.add(sb.toString());
    }
    return states;
  }

  private static List<String> contents(Storage storage) {
    List<String> out = new ArrayList<>();
    for (Storage.StoredSeries s : storage.allSeries()) {
      StringBuilder sb = new StringBuilder(s.labels().toString());
      for (int i = 0; i < s.size(); i++) {
        sb.append(' ')
            .append(s.timestampAt(i))
            .append('=')
            .append(Long.toHexString(Double.doubleToRawLongBits(s.valueAt(i))));
      }
      out.add(sb.toString());
    }
    return out;
  }

  /** Reports the first line that differs, not two walls of text. */
  private static void assertSameLines(List<String> actual, List<String> expected) {
    for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
      String a = actual.get(i);
      String e = expected.get(i);
      if (!a.equals(e)) {
        int at = 0;
        while (at < Math.min(a.length(), e.length()) && a.charAt(at) == e.charAt(at)) {
          at++;
        }
        int from = Math.max(0, a.lastIndexOf(' ', Math.max(0, at - 1)));
        assertThat(
                a.substring(0, Math.min(a.indexOf(' ') < 0 ? a.length() : a.indexOf(' '), 120))
                    + " ..."
                    + a.substring(from, Math.min(a.length(), at + 60)))
            .as("line %d", i)
            .isEqualTo(
                e.substring(0, Math.min(e.indexOf(' ') < 0 ? e.length() : e.indexOf(' '), 120))
                    + " ..."
                    + e.substring(from, Math.min(e.length(), at + 60)));
      }
    }
    assertThat(actual).hasSameSizeAs(expected);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 5})
  void aheadLeavesWhatThePerStepLoopLeaves(int limit) throws Exception {
    Storage perStep = input();
    List<String> perStepStates = run(evaluator(perStep, groups(limit)));

    Storage ahead = input();
    RuleEvaluator evaluator = evaluator(ahead, groups(limit));
    assertThat(evaluator.canPrecompute()).isTrue();
    assertThat(evaluator.precompute(0, STEPS * STEP, STEP)).isTrue();
    List<String> aheadStates = run(evaluator);

    assertSameLines(aheadStates, perStepStates);
    assertSameLines(contents(ahead), contents(perStep));
    assertThat(perStepStates).anyMatch(s -> s.contains("FIRING"));
    assertThat(contents(perStep)).anyMatch(s -> s.contains("7ff0000000000002")); // stale markers
  }

  @Test
  void limitsApplyPerStepNotToTheWholeRange() throws Exception {
    // 600 steps x 6 series are far over 10,000 samples in total, yet no single step is
    Storage ahead = input();
    RuleEvaluator evaluator = evaluator(ahead, groups(0));
    assertThat(evaluator.precompute(0, STEPS * STEP, STEP)).isTrue();
  }

  @Test
  void givesUpWhereThePerStepLoopWouldFail() throws Exception {
    // The per-step loop reports these at the step where they happen, with promtool's wording,
    // so the plan must step aside: a group limit of 1 against up to 3 series...
    List<RuleGroup> overLimit = List.of(group("g", 0, 1, record("r", "req_total", Map.of())));
    assertThat(evaluator(input(), overLimit).precompute(0, STEPS * STEP, STEP)).isFalse();

    // ...and two series that the rule's labels make identical at the same step
    List<RuleGroup> distinct =
        List.of(group("g", 0, 0, record("r", "sum by (instance) (req_total)", Map.of())));
    assertThat(evaluator(input(), distinct).precompute(0, STEPS * STEP, STEP)).isTrue();
    List<RuleGroup> collide = List.of(group("g", 0, 0, record("r", "up", Map.of("job", "same"))));
    assertThat(evaluator(input(), collide).precompute(0, STEPS * STEP, STEP)).isFalse();
  }

  @Test
  void doesNotApplyWhenAnEarlierOutputWouldBeReadAheadOfItsStep() throws Exception {
    // the reader queries 30 s later than the writer wrote: per step, the writer's sample for that
    // time does not exist yet when the reader runs
    List<RuleGroup> groups =
        List.of(
            group("writer", 60_000, 0, record("w", "up * 2", Map.of())),
            group("reader", 30_000, 0, record("r", "w + 1", Map.of())));
    assertThat(evaluator(input(), groups).canPrecompute()).isFalse();
    List<RuleGroup> safe =
        List.of(
            group("writer", 30_000, 0, record("w", "up * 2", Map.of())),
            group("reader", 60_000, 0, record("r", "w + 1", Map.of())));
    assertThat(evaluator(input(), safe).canPrecompute()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "rate(own[1m])", // its own output
        "later", // a later rule's output
        "{job=\"a\"}", // no metric name: could be any output
        "ALERTS{alertname=\"High\"}",
        "up @ start()",
        "up * step()",
        "max_over_time(up[5m:1m])"
      })
  void doesNotApplyWhenStepsDependOnEachOther(String expr) throws Exception {
    List<RuleGroup> groups =
        List.of(
            group("g", 0, 0, record("own", expr, Map.of()), record("later", "up * 2", Map.of())));
    assertThat(evaluator(input(), groups).canPrecompute()).isFalse();
  }
}
