package dev.tollgate.rules.unittest;

import dev.tollgate.promql.Compat;
import dev.tollgate.promql.EngineOptions;
import dev.tollgate.promql.GoStrings;
import dev.tollgate.promql.Labels;
import dev.tollgate.promql.PromDuration;
import dev.tollgate.promql.PromQLEvalException;
import dev.tollgate.promql.PromQLParseException;
import dev.tollgate.promql.Sample;
import dev.tollgate.promql.SeriesNotation;
import dev.tollgate.promql.Storage;
import dev.tollgate.rules.RuleGroup;
import dev.tollgate.rules.eval.AlertingRule;
import dev.tollgate.rules.eval.PromtoolQueries;
import dev.tollgate.rules.eval.RuleEvalException;
import dev.tollgate.rules.eval.RuleEvaluator;
import dev.tollgate.rules.eval.RuleEvaluator.LoadedGroup;
import dev.tollgate.rules.eval.RuleEvaluator.LoadedRule;
import dev.tollgate.rules.template.TemplateException;
import dev.tollgate.rules.unittest.UnitTestFile.AlertTest;
import dev.tollgate.rules.unittest.UnitTestFile.ExpectedAlert;
import dev.tollgate.rules.unittest.UnitTestFile.ExpectedSample;
import dev.tollgate.rules.unittest.UnitTestFile.ExprTest;
import dev.tollgate.rules.unittest.UnitTestFile.InputSeries;
import dev.tollgate.rules.unittest.UnitTestFile.TestGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Runs one test group exactly as promtool's {@code testGroup.test} (spec §2.6): lazy loading of
 * input samples, the evaluation loop at {@code evaluation_interval}, alert checks during the loop,
 * PromQL checks after it. Returns promtool's failure texts (empty when the group passes).
 */
final class TestGroupRunner {

  /** Input points of one series, loaded lazily in time order. */
  // primitive arrays for the evaluation loops; never compared or hashed
  @SuppressWarnings("ArrayRecordComponent")
  private record LoadedSeries(Labels labels, long[] times, double[] values) {}

  private final PromtoolQueries engine;
  private final Compat compat;
  private final long evalInterval;

  TestGroupRunner(EngineOptions options, Compat compat, long evalInterval) {
    this.engine = new PromtoolQueries(options, evalInterval);
    this.compat = compat;
    this.evalInterval = evalInterval;
  }

  /** Rules exercised by this run, for --coverage (alert names and recorded metric names). */
  final java.util.Set<String> testedAlerts = new TreeSet<>();

  List<String> run(TestGroup tg, List<RuleGroup> ruleGroups) {
    List<String> errors = new ArrayList<>();
    long interval = tg.intervalMillis();
    if (interval == 0 && compat == Compat.V3) {
      interval = evalInterval;
    }
    List<LoadedSeries> input = readInput(tg, interval, errors);
    if (input == null) {
      return errors;
    }
    Storage storage = new Storage();
    RuleEvaluator evaluator;
    try {
      evaluator = evaluator(tg, storage, ruleGroups);
    } catch (PromQLParseException | TemplateException e) {
      errors.add(e.getMessage());
      return errors;
    }
    for (AlertTest alert : tg.alertTests()) {
      if (alert.alertname().isEmpty()) {
        String in = tg.name().isEmpty() ? "" : " (in TestGroup " + tg.name() + ")";
        errors.add(
            "an item under alert_rule_test misses required attribute alertname at eval_time "
                + PromDuration.format(alert.evalTimeMillis())
                + in);
        return errors;
      }
      testedAlerts.add(alert.alertname());
    }
    TreeMap<Long, List<AlertTest>> alertTests = new TreeMap<>();
    for (AlertTest alert : tg.alertTests()) {
      alertTests.computeIfAbsent(alert.evalTimeMillis(), k -> new ArrayList<>()).add(alert);
    }
    long maxt = tg.maxEvalTime();
    if (!readsAhead(ruleGroups)) {
      // No rule can see past its evaluation time, so loading every sample up front gives the same
      // results as promtool's step-by-step loading, with less work and memory.
      loadAll(storage, input, maxt);
      if (evaluator.canPrecompute()
          && !evaluator.precompute(0, maxt - maxt % evalInterval, evalInterval)) {
        storage = new Storage();
        loadAll(storage, readInput(tg, interval, errors), maxt);
        try {
          evaluator = evaluator(tg, storage, ruleGroups);
        } catch (PromQLParseException | TemplateException e) {
          throw new IllegalStateException("rules parsed before no longer parse", e);
        }
      }
      input.clear();
    }
    int[] cursor = new int[input.size()];
    for (long ts = 0; ts <= maxt; ts += evalInterval) {
      for (int i = 0; i < input.size(); i++) {
        LoadedSeries s = input.get(i);
        while (cursor[i] < s.times().length && s.times()[cursor[i]] <= ts) {
          storage.add(s.labels(), s.times()[cursor[i]], s.values()[cursor[i]]);
          cursor[i]++;
        }
      }
      List<RuleEvaluator.RuleError> evalErrors = evaluator.evalAll(ts);
      if (!evalErrors.isEmpty()) {
        for (RuleEvaluator.RuleError e : evalErrors) {
          errors.add(
              "    rule: "
                  + e.rule()
                  + ", time: "
                  + GoDurations.format(ts)
                  + ", err: "
                  + e.message());
        }
        return errors;
      }
      while (!alertTests.isEmpty()
          && ts <= alertTests.firstKey()
          && alertTests.firstKey() < ts + evalInterval) {
        checkAlerts(tg, alertTests.pollFirstEntry().getValue(), evaluator, errors);
      }
    }
    for (ExprTest test : tg.exprTests()) {
      checkExpr(test, storage, errors);
    }
    return errors;
  }

  /** The group's input series in label order, or null after reporting malformed input. */
  private List<LoadedSeries> readInput(TestGroup tg, long interval, List<String> errors) {
    List<LoadedSeries> input = new ArrayList<>();
    for (InputSeries s : tg.inputSeries()) {
      Labels labels;
      try {
        labels = SeriesNotation.parseLabels(s.series());
      } catch (IllegalArgumentException e) {
        malformed(errors, s.seriesPosition(), "input series " + GoStrings.quote(s.series()), e);
        return null;
      }
      try {
        input.add(load(labels, s.values(), interval));
      } catch (IllegalArgumentException e) {
        malformed(errors, s.valuesPosition(), "input series values", e);
        return null;
      }
    }
    // Prometheus's index returns series in label order; creating them in that order keeps
    // order-sensitive float sums identical
    input.sort((a, b) -> a.labels().compareTo(b.labels()));
    return input;
  }

  private RuleEvaluator evaluator(TestGroup tg, Storage storage, List<RuleGroup> ruleGroups)
      throws PromQLParseException, TemplateException {
    return new RuleEvaluator(engine, storage, ruleGroups, tg.externalLabels(), tg.externalUrl());
  }

  /** Hands the input arrays to the storage, which owns them from then on. */
  private static void loadAll(Storage storage, List<LoadedSeries> input, long maxt) {
    for (LoadedSeries s : input) {
      int n = 0;
      while (n < s.times().length && s.times()[n] <= maxt) {
        n++;
      }
      storage.adopt(s.labels(), s.times(), s.values(), n);
    }
  }

  private static final java.util.regex.Pattern LOOKAHEAD =
      java.util.regex.Pattern.compile("@|offset\\s*-");

  /**
   * Whether a rule might read samples after its evaluation time ({@code @}, a negative offset, or a
   * template {@code query}); then input must be appended step by step, as promtool does.
   */
  private static boolean readsAhead(List<RuleGroup> groups) {
    for (RuleGroup g : groups) {
      for (dev.tollgate.rules.RuleDef r : g.rules()) {
        if (LOOKAHEAD.matcher(r.expr()).find()
            || r.labels().values().stream().anyMatch(t -> t.contains("query"))
            || r.annotations().values().stream().anyMatch(t -> t.contains("query"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Set when the group's input could not be read (the file is malformed, not failing). */
  boolean inputError;

  private List<String> malformed(
      List<String> errors, dev.tollgate.core.Position at, String what, IllegalArgumentException e) {
    inputError = true;
    errors.add(
        dev.tollgate.core.Diagnostic.error(
                at,
                "rules-input-series",
                what + ": " + e.getMessage(),
                "Write the series as metric{label=\"value\"} and values in promtool's expanding"
                    + " notation, e.g. '1+2x10 _ stale'.")
            .render());
    return errors;
  }

  private LoadedSeries load(Labels labels, String notation, long interval) {
    SeriesNotation.Points points = SeriesNotation.expandPoints(notation);
    // 2.42 without an interval: every sample lands on t=0 and only the first is kept
    int kept = interval == 0 ? Math.min(1, points.size()) : points.size();
    long[] times = new long[kept];
    double[] values = new double[kept];
    for (int i = 0; i < kept; i++) {
      times[i] = points.step(i) * interval;
      values[i] = points.value(i);
    }
    return new LoadedSeries(labels, times, values);
  }

  private void checkAlerts(
      TestGroup tg, List<AlertTest> tests, RuleEvaluator evaluator, List<String> errors) {
    for (AlertTest test : tests) {
      List<AlertText> got = new ArrayList<>();
      for (LoadedGroup g : evaluator.groups()) {
        for (LoadedRule r : g.rules()) {
          AlertingRule ar = r.alerting();
          if (ar == null || !ar.def().name().equals(test.alertname())) {
            continue;
          }
          for (AlertingRule.Alert a : ar.activeAlerts()) {
            if (a.state() == AlertingRule.State.FIRING) {
              got.add(new AlertText(a.labels().toMap(), new TreeMap<>(a.annotations())));
            }
          }
        }
      }
      List<AlertText> exp = new ArrayList<>();
      for (ExpectedAlert e : test.expected()) {
        Map<String, String> labels = new TreeMap<>(e.labels());
        labels.put("alertname", test.alertname());
        exp.add(new AlertText(labels, new TreeMap<>(e.annotations())));
      }
      got.sort(null);
      exp.sort(null);
      if (!exp.equals(got)) {
        String name = tg.name().isEmpty() ? "" : "    name: " + tg.name() + ",\n";
        errors.add(
            name
                + "    alertname: "
                + test.alertname()
                + ", time: "
                + PromDuration.format(test.evalTimeMillis())
                + ", \n        exp:"
                + indent(AlertText.listString(exp))
                + ", \n        got:"
                + indent(AlertText.listString(got)));
      }
    }
  }

  private static String indent(String s) {
    return s.replace("\n", "\n            ");
  }

  private void checkExpr(ExprTest test, Storage storage, List<String> errors) {
    String head =
        "    expr: "
            + GoStrings.quote(test.expr())
            + ", time: "
            + PromDuration.format(test.evalTimeMillis());
    List<Sample> got;
    try {
      got = RuleEvaluator.asVector(engine.instant(storage, test.expr(), test.evalTimeMillis()));
    } catch (PromQLParseException | PromQLEvalException | RuleEvalException e) {
      errors.add(head + ", err: " + e.getMessage());
      return;
    }
    List<SampleText> gotSamples = new ArrayList<>();
    for (Sample s : got) {
      gotSamples.add(new SampleText(s.labels(), s.value()));
    }
    List<SampleText> expSamples = new ArrayList<>();
    for (ExpectedSample e : test.expected()) {
      try {
        expSamples.add(new SampleText(SeriesNotation.parseLabels(e.labels()), e.value()));
      } catch (IllegalArgumentException ex) {
        errors.add(head + ", err: labels " + GoStrings.quote(e.labels()) + ": " + ex.getMessage());
        return;
      }
    }
    gotSamples.sort(null);
    expSamples.sort(null);
    if (!SampleText.sameSamples(expSamples, gotSamples)) {
      errors.add(
          head
              + ",\n        exp: "
              + SampleText.listString(expSamples)
              + "\n        got: "
              + SampleText.listString(gotSamples));
    }
  }
}
