package dev.tollgate.rules.eval;

import dev.tollgate.promql.Labels;
import dev.tollgate.promql.Matrix;
import dev.tollgate.promql.PromQLEvalException;
import dev.tollgate.promql.Sample;
import dev.tollgate.promql.Series;
import dev.tollgate.promql.Storage;
import dev.tollgate.promql.Value;
import dev.tollgate.promql.ast.Exprs;
import dev.tollgate.promql.ast.LabelMatcher;
import dev.tollgate.promql.ast.VectorSelector;
import dev.tollgate.rules.eval.RuleEvaluator.LoadedGroup;
import dev.tollgate.rules.eval.RuleEvaluator.LoadedRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates every rule once as a range query over all evaluation steps instead of once per step.
 *
 * <p>A range query answers exactly what instant queries at each of its steps answer (the engine is
 * built that way, and the conformance runner checks it for every eval). The per-step loop differs
 * only where a rule reads what the same or a later rule writes: then it sees output of earlier
 * steps, which one range query per rule cannot provide. So the plan applies only when no rule can
 * select its own output, a later rule's output or the {@code ALERTS} series, and no rule depends on
 * the query's own range ({@code @ start()}, {@code step()}...); an earlier rule's output counts as
 * "later" when its group queries with a smaller {@code query_offset}. Inputs must already be loaded
 * in full (the caller's no-look-ahead case). Recording rules are written to storage here; alerting
 * rules keep their per-step results for the state machine, which still runs step by step.
 *
 * <p>Anything a per-step run would report as an error (evaluation errors, duplicate output series,
 * the group limit) makes the plan give up, and the caller replays the per-step loop from a fresh
 * storage, so errors keep promtool's exact wording and timing.
 */
final class RangePrecompute {
  private static final List<String> ALERT_SERIES = List.of("ALERTS", "ALERTS_FOR_STATE");
  private static final int CHUNK_STEPS = 256;

  private final PromtoolQueries engine;
  private final Storage storage;
  private final List<LoadedGroup> groups;

  RangePrecompute(PromtoolQueries engine, Storage storage, List<LoadedGroup> groups) {
    this.engine = engine;
    this.storage = storage;
    this.groups = groups;
  }

  /** Whether one range query per rule gives the same results as the per-step loop. */
  boolean applies() {
    List<LoadedRule> order = new ArrayList<>();
    List<Long> offsets = new ArrayList<>();
    for (LoadedGroup g : groups) {
      for (LoadedRule r : g.rules()) {
        order.add(r);
        offsets.add(g.group().queryOffsetMillis());
      }
    }
    for (int i = 0; i < order.size(); i++) {
      LoadedRule rule = order.get(i);
      if (Exprs.dependsOnQueryRange(rule.expr) || hasSubquery(rule.expr)) {
        return false;
      }
      for (VectorSelector selector : Exprs.selectors(rule.expr)) {
        if (ALERT_SERIES.stream().anyMatch(name -> mayMatchName(selector, name))) {
          return false;
        }
        for (int j = 0; j < order.size(); j++) {
          LoadedRule writer = order.get(j);
          // a later rule's output (or its own) is only there from earlier steps; an earlier
          // rule's output with a smaller query offset would be visible ahead of the step that
          // writes it (its query time lies after the reader's)
          boolean ahead = j >= i || offsets.get(i) < offsets.get(j);
          if (writer.alerting == null && ahead && mayMatchName(selector, writer.def.name())) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** A subquery's inner samples are counted per inner step, not per rule evaluation step. */
  private static boolean hasSubquery(dev.tollgate.promql.ast.Expr expr) {
    boolean[] found = {false};
    Exprs.forEach(expr, e -> found[0] |= e instanceof dev.tollgate.promql.ast.SubqueryExpr);
    return found[0];
  }

  private static boolean mayMatchName(VectorSelector selector, String name) {
    for (LabelMatcher m : selector.matchers()) {
      if (m.name().equals(Labels.METRIC_NAME) && !m.matches(name)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Evaluates the rules for evaluation times {@code first, first + interval, ... <= last}. Returns
   * false when the per-step loop must run instead; storage may then hold partial output.
   */
  boolean run(long first, long last, long interval) {
    // Chunks of steps bound the memory a range query holds; steps are independent, so chunking
    // changes nothing but where the writes of earlier rules become visible, which is before any
    // later rule reads them either way.
    long chunk = interval * CHUNK_STEPS;
    for (long from = first; from <= last; from += chunk) {
      if (!runChunk(from, Math.min(last, from + chunk - interval), interval)) {
        return false;
      }
    }
    return true;
  }

  private boolean runChunk(long first, long last, long interval) {
    for (LoadedGroup group : groups) {
      long offset = group.group().queryOffsetMillis();
      int limit = group.group().limit();
      for (LoadedRule rule : group.rules()) {
        Matrix result;
        try {
          Value v = engine.range(storage, rule.expr, first - offset, last - offset, interval);
          if (!(v instanceof Matrix m)) {
            return false;
          }
          result = m;
        } catch (PromQLEvalException | RuntimeException e) {
          return false;
        }
        if (limit > 0 && maxPerStep(result, first - offset, last - offset, interval) > limit) {
          return false;
        }
        if (rule.alerting != null) {
          if (rule.ahead == null) {
            rule.ahead = new StepSlices();
          }
          rule.ahead.append(result.series(), last - offset);
        } else if (!record(rule, result, first - offset, last - offset, interval)) {
          return false;
        }
      }
    }
    return true;
  }

  private static int maxPerStep(Matrix result, long first, long last, long interval) {
    int[] perStep = new int[(int) ((last - first) / interval) + 1];
    int max = 0;
    for (Series s : result.series()) {
      for (long t : s.timestamps()) {
        max = Math.max(max, ++perStep[(int) ((t - first) / interval)]);
      }
    }
    return max;
  }

  /** Writes a recording rule's output the way the per-step loop would have written it. */
  private boolean record(LoadedRule rule, Matrix result, long first, long last, long interval) {
    Map<Labels, Series> outputs = new LinkedHashMap<>();
    for (Series s : result.series()) {
      Labels.Builder b = s.labels().toBuilder().set(Labels.METRIC_NAME, rule.def.name());
      rule.def.labels().forEach(b::set);
      Labels labels = b.build();
      Series earlier = outputs.get(labels);
      if (earlier == null) {
        outputs.put(labels, new Series(labels, s.timestamps(), s.values()));
      } else if (overlap(earlier, s)) {
        return false; // the per-step run reports the duplicate label set at that step
      } else {
        outputs.put(labels, merge(labels, earlier, s));
      }
    }
    // Output present at the previous chunk's last step and gone at this chunk's first step.
    for (Labels earlier : rule.presentAtChunkEnd) {
      Series now = outputs.get(earlier);
      if (now == null || now.timestamps()[0] != first) {
        storage.addStaleMarker(earlier, first);
      }
    }
    rule.presentAtChunkEnd = new java.util.HashSet<>();
    // Per step, new series are created in label order (RuleEvaluator sorts each step's output), so
    // creating them by first step, then labels, gives the storage the same series order.
    List<Series> byFirstStep = new ArrayList<>(outputs.values());
    byFirstStep.sort(
        Comparator.<Series>comparingLong(s -> s.timestamps()[0]).thenComparing(Series::labels));
    for (Series s : byFirstStep) {
      long[] ts = s.timestamps();
      for (int i = 0; i < ts.length; i++) {
        storage.add(s.labels(), ts[i], s.values()[i]);
        long next = ts[i] + interval;
        if (next <= last && (i + 1 == ts.length || ts[i + 1] != next)) {
          storage.addStaleMarker(s.labels(), next);
        }
      }
      if (ts[ts.length - 1] == last) {
        rule.presentAtChunkEnd.add(s.labels());
      }
    }
    return true;
  }

  private static boolean overlap(Series a, Series b) {
    int i = 0;
    int j = 0;
    while (i < a.timestamps().length && j < b.timestamps().length) {
      long d = a.timestamps()[i] - b.timestamps()[j];
      if (d == 0) {
        return true;
      }
      if (d < 0) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }

  private static Series merge(Labels labels, Series a, Series b) {
    int n = a.timestamps().length + b.timestamps().length;
    long[] ts = new long[n];
    double[] vs = new double[n];
    int i = 0;
    int j = 0;
    for (int k = 0; k < n; k++) {
      boolean takeA =
          j == b.timestamps().length
              || (i < a.timestamps().length && a.timestamps()[i] < b.timestamps()[j]);
      ts[k] = takeA ? a.timestamps()[i] : b.timestamps()[j];
      vs[k] = takeA ? a.values()[i++] : b.values()[j++];
    }
    return new Series(labels, ts, vs);
  }

  /** An alerting rule's range results, chunk by chunk, handed out one step at a time in order. */
  static final class StepSlices {
    private final List<List<Series>> chunks = new ArrayList<>();
    private final List<Long> chunkEnds = new ArrayList<>();
    private int chunk;
    private int[] cursor;

    void append(List<Series> series, long lastT) {
      chunks.add(series);
      chunkEnds.add(lastT);
    }

    /** The samples at query time {@code t}, in label order; t must not decrease between calls. */
    List<Sample> at(long t) {
      while (chunk + 1 < chunks.size() && t > chunkEnds.get(chunk)) {
        chunk++;
        cursor = null;
      }
      List<Series> series = chunks.isEmpty() ? List.of() : chunks.get(chunk);
      if (cursor == null) {
        cursor = new int[series.size()];
      }
      List<Sample> out = new ArrayList<>();
      for (int i = 0; i < series.size(); i++) {
        Series s = series.get(i);
        long[] ts = s.timestamps();
        while (cursor[i] < ts.length && ts[cursor[i]] < t) {
          cursor[i]++;
        }
        if (cursor[i] < ts.length && ts[cursor[i]] == t) {
          out.add(new Sample(s.labels(), t, s.values()[cursor[i]]));
        }
      }
      return out;
    }
  }
}
