package dev.tollgate.promql.bench;

import dev.tollgate.promql.Engine;
import dev.tollgate.promql.EngineOptions;
import dev.tollgate.promql.PromQL;
import dev.tollgate.promql.Storage;
import dev.tollgate.promql.Value;
import dev.tollgate.promql.ast.Expr;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The float expressions of Prometheus's {@code BenchmarkRangeQuery} (rangeQueryCases, v3.14),
 * run as range queries ending at the last sample with a 10 s step. Native-histogram and
 * experimental {@code smoothed} cases are left out (not supported by this engine).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RangeQueryBench {

  @Param({"one", "hundred"})
  public String x;

  @Param({"1", "1000"})
  public int steps;

  @Param({
    "a_X",
    "rate(a_X[1m])",
    "rate(sparse[1m])",
    "double_exponential_smoothing(a_X[1d], 0.3, 0.3)",
    "changes(a_X[1d])",
    "rate(a_X[1d])",
    "absent_over_time(a_X[1d])",
    "-a_X",
    "a_X - b_X",
    "a_X and b_X{l=~'.*[0-4]$'}",
    "a_X or b_X{l=~'.*[0-4]$'}",
    "a_X unless b_X{l=~'.*[0-4]$'}",
    "a_X and b_X{l='notfound'}",
    "abs(a_X)",
    "label_replace(a_X, 'l2', '$1', 'l', '(.*)')",
    "label_join(a_X, 'l2', '-', 'l', 'l')",
    "sum(a_X)",
    "avg(a_X)",
    "sum without (l)(h_X)",
    "sum without (le)(h_X)",
    "sum by (l)(h_X)",
    "sum by (le)(h_X)",
    "count_values('value', h_X)",
    "topk(1, a_X)",
    "topk(5, a_X)",
    "limitk(1, a_X)",
    "limitk(5, a_X)",
    "limit_ratio(0.1, a_X)",
    "limit_ratio(0.5, a_X)",
    "limit_ratio(-0.5, a_X)",
    "rate(a_X[1m]) + rate(b_X[1m])",
    "sum without (l)(rate(a_X[1m]))",
    "sum without (l)(rate(a_X[1m])) / sum without (l)(rate(b_X[1m]))",
    "histogram_quantile(0.9, rate(h_X[5m]))",
    "a_X + on(l) group_right a_one",
    "count({__name__!=\"\"})",
    "count({__name__!=\"\",l=\"\"})",
    "timestamp(a_X)"
  })
  public String expr;

  /** Samples per series: a day at 10 s plus room for 1000 steps (bench_test.go uses +10000). */
  @Param({"9640"})
  public int numIntervals;

  private Storage storage;
  private Engine engine;
  private Expr parsed;
  private long start;
  private long end;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    storage = BenchData.build(numIntervals);
    engine = new Engine(EngineOptions.defaults());
    parsed = PromQL.parse(expr.replace("X", x));
    end = (numIntervals - 1) * BenchData.INTERVAL;
    start = end - (long) (steps - 1) * BenchData.INTERVAL;
  }

  @Benchmark
  public Value rangeQuery() throws Exception {
    return engine.rangeQuery(storage, parsed, start, end, BenchData.INTERVAL);
  }
}
