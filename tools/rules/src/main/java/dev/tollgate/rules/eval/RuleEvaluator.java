package dev.tollgate.rules.eval;

import dev.tollgate.promql.Labels;
import dev.tollgate.promql.PromQL;
import dev.tollgate.promql.PromQLEvalException;
import dev.tollgate.promql.PromQLParseException;
import dev.tollgate.promql.Sample;
import dev.tollgate.promql.Scalar;
import dev.tollgate.promql.Storage;
import dev.tollgate.promql.Value;
import dev.tollgate.promql.Vector;
import dev.tollgate.promql.ast.Expr;
import dev.tollgate.rules.RuleDef;
import dev.tollgate.rules.RuleGroup;
import dev.tollgate.rules.template.TemplateException;
import dev.tollgate.rules.template.TemplateValues.QuerySample;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Evaluates rule groups at one timestamp the way Prometheus's {@code Group.Eval} does: rules in
 * order, each rule's output written at once (later rules see it), stale markers for series a rule
 * stopped returning, and a rule's error recorded without stopping the others.
 */
public final class RuleEvaluator {

  /** A rule that failed at a step. */
  public record RuleError(String rule, String message) {}

  /** One loaded rule: its parsed expression and, for alerts, its state. */
  public static final class LoadedRule {
    final RuleDef def;
    final Expr expr;
    final AlertingRule alerting;
    Set<Labels> previousSeries = new HashSet<>();

    /** Per-step results computed ahead by {@link RangePrecompute}; null when evaluated per step. */
    RangePrecompute.StepSlices ahead;

    boolean recordedAhead;

    /** Output series at the last step of the previous chunk evaluated ahead. */
    Set<Labels> presentAtChunkEnd = new HashSet<>();

    LoadedRule(RuleDef def) throws PromQLParseException, TemplateException {
      this.def = def;
      this.expr = PromQL.parse(def.expr());
      this.alerting = def.alert() ? new AlertingRule(def) : null;
    }

    public RuleDef def() {
      return def;
    }

    public AlertingRule alerting() {
      return alerting;
    }
  }

  /** One loaded group. */
  public record LoadedGroup(RuleGroup group, List<LoadedRule> rules) {}

  private final PromtoolQueries engine;
  private final Storage storage;
  private final List<LoadedGroup> groups;
  private final Map<String, String> externalLabels;
  private final String externalUrl;

  public RuleEvaluator(
      PromtoolQueries engine,
      Storage storage,
      List<RuleGroup> groups,
      Map<String, String> externalLabels,
      String externalUrl)
      throws PromQLParseException, TemplateException {
    this.engine = engine;
    this.storage = storage;
    this.externalLabels = new TreeMap<>(externalLabels);
    this.externalUrl = externalUrl;
    this.groups = new ArrayList<>();
    for (RuleGroup g : groups) {
      List<LoadedRule> rules = new ArrayList<>();
      for (RuleDef def : g.rules()) {
        rules.add(new LoadedRule(def));
      }
      this.groups.add(new LoadedGroup(g, rules));
    }
  }

  public List<LoadedGroup> groups() {
    return groups;
  }

  /** Whether {@link #precompute} may be tried (it leaves storage untouched otherwise). */
  public boolean canPrecompute() {
    return new RangePrecompute(engine, storage, groups).applies();
  }

  /**
   * Evaluates all rules ahead for the evaluation times {@code first, first + interval, ... <= last}
   * when that gives the per-step results (see {@link RangePrecompute}); {@link #evalAll} then only
   * runs the alert state machines. Returns false when the caller must evaluate step by step with a
   * fresh storage and evaluator: this storage may hold partial output.
   */
  public boolean precompute(long first, long last, long interval) {
    RangePrecompute plan = new RangePrecompute(engine, storage, groups);
    if (!plan.run(first, last, interval)) {
      return false;
    }
    groups.forEach(g -> g.rules().forEach(r -> r.recordedAhead = r.alerting == null));
    return true;
  }

  /** Evaluates every group at {@code ts}; returns the rules that failed. */
  public List<RuleError> evalAll(long ts) {
    List<RuleError> errors = new ArrayList<>();
    for (LoadedGroup group : groups) {
      for (LoadedRule rule : group.rules()) {
        try {
          evalRule(rule, group.group().limit(), ts, group.group().queryOffsetMillis());
        } catch (RuleEvalException | PromQLEvalException e) {
          errors.add(new RuleError(rule.def.name(), e.getMessage()));
        }
      }
    }
    return errors;
  }

  /**
   * Evaluates one rule at {@code ts}. A 3.x {@code query_offset} moves the query and the written
   * samples back by the offset; the alert state machine still runs on {@code ts}.
   */
  private void evalRule(LoadedRule rule, int limit, long ts, long queryOffset)
      throws RuleEvalException, PromQLEvalException {
    long queryTs = ts - queryOffset;
    if (rule.recordedAhead) {
      return;
    }
    List<Sample> result;
    if (rule.ahead != null) {
      result = rule.ahead.at(queryTs);
    } else {
      // label order, as the range plan hands results out, so both give one storage series order
      result = new ArrayList<>(asVector(engine.instant(storage, rule.expr, queryTs)));
      result.sort(Comparator.comparing(Sample::labels));
    }
    List<Sample> output;
    if (rule.alerting != null) {
      output =
          rule.alerting.eval(
              result, ts, limit, externalLabels, externalUrl, q -> templateQuery(q, ts));
    } else {
      output = new ArrayList<>(result.size());
      Set<Labels> seen = new HashSet<>();
      for (Sample s : result) {
        Labels.Builder b = s.labels().toBuilder().set(Labels.METRIC_NAME, rule.def.name());
        for (Map.Entry<String, String> l : rule.def.labels().entrySet()) {
          b.set(l.getKey(), l.getValue());
        }
        Labels labels = b.build();
        if (!seen.add(labels)) {
          throw new RuleEvalException(
              "vector contains metrics with the same labelset after applying rule labels");
        }
        output.add(new Sample(labels, ts, s.value()));
      }
      output.sort(Comparator.comparing(Sample::labels));
      if (limit > 0 && output.size() > limit) {
        throw new RuleEvalException(
            "exceeded limit of " + limit + " with " + output.size() + " series");
      }
    }
    Set<Labels> returned = new HashSet<>(output.size() * 2);
    for (Sample s : output) {
      storage.add(s.labels(), queryTs, s.value());
      returned.add(s.labels());
    }
    for (Labels gone : rule.previousSeries) {
      if (!returned.contains(gone)) {
        storage.addStaleMarker(gone, queryTs);
      }
    }
    rule.previousSeries = returned;
  }

  /** A rule result must be a vector or a scalar (which becomes one label-less sample). */
  public static List<Sample> asVector(Value value) throws RuleEvalException {
    if (value instanceof Vector v) {
      return v.samples();
    }
    if (value instanceof Scalar s) {
      return List.of(new Sample(Labels.EMPTY, s.timestampMillis(), s.value()));
    }
    throw new RuleEvalException("rule result is not a vector or scalar");
  }

  private List<QuerySample> templateQuery(String query, long ts) throws Exception {
    List<QuerySample> out = new ArrayList<>();
    for (Sample s : asVector(engine.instant(storage, query, ts))) {
      out.add(new QuerySample(new TreeMap<>(s.labels().toMap()), s.value()));
    }
    return out;
  }
}
