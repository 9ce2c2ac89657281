package dev.tollgate.promql.bench;

import dev.tollgate.promql.Engine;
import dev.tollgate.promql.EngineOptions;
import dev.tollgate.promql.Labels;
import dev.tollgate.promql.Matrix;
import dev.tollgate.promql.PromQL;
import dev.tollgate.promql.Sample;
import dev.tollgate.promql.Series;
import dev.tollgate.promql.Storage;
import dev.tollgate.promql.Vector;
import dev.tollgate.promql.ast.Expr;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The rule-test workload of spec §7.3 (promtool 2.42: 19.5 s): 10 jobs x 100 instances of
 * req_total, 10 jobs x 4 buckets of lat_bucket, 1,441 one-minute steps, and at every step the
 * three rule expressions as instant queries, recording the first rule's output.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleWorkloadBench {
  private static final int STEPS = 1441;

  private Storage input;
  private Engine engine;
  private Expr rate;
  private Expr quantile;
  private Expr alert;

  @Setup(Level.Invocation)
  public void setUp() throws Exception {
    input = new Storage();
    for (int j = 0; j < 10; j++) {
      for (int i = 0; i < 100; i++) {
        Labels l = Labels.of("__name__", "req_total", "job", "job" + j, "instance", "i" + i);
        double v = 0;
        for (int k = 0; k < STEPS; k++) {
          input.add(l, k * 60_000L, v);
          v += i + 1;
        }
      }
      String[] les = {"0.1", "0.5", "1", "+Inf"};
      double[] inc = {1, 5, 9, 10};
      for (int b = 0; b < 4; b++) {
        Labels l = Labels.of("__name__", "lat_bucket", "job", "job" + j, "le", les[b]);
        double v = 0;
        for (int k = 0; k < STEPS; k++) {
          input.add(l, k * 60_000L, v);
          v += inc[b];
        }
      }
    }
    engine = new Engine(EngineOptions.defaults());
    rate = PromQL.parse("sum by (job) (rate(req_total[5m]))");
    quantile = PromQL.parse("histogram_quantile(0.99, sum by (job, le) (rate(lat_bucket[5m])))");
    alert = PromQL.parse("job:req:rate5m > 1e9");
  }

  @Benchmark
  public int evaluateEveryStep() throws Exception {
    int results = 0;
    for (int k = 0; k < STEPS; k++) {
      long ts = k * 60_000L;
      Vector recorded = (Vector) engine.instantQuery(input, rate, ts);
      for (Sample s : recorded.samples()) {
        input.add(s.labels().toBuilder().set("__name__", "job:req:rate5m").build(), ts, s.value());
      }
      results += recorded.samples().size();
      results += ((Vector) engine.instantQuery(input, quantile, ts)).samples().size();
      results += ((Vector) engine.instantQuery(input, alert, ts)).samples().size();
    }
    return results;
  }

  /**
   * The same three expressions as one range query each over all steps, which is how {@code rules
   * test} evaluates rules ahead when no step depends on another (RangePrecompute).
   */
  @Benchmark
  public int evaluateAsRangeQueries() throws Exception {
    long end = (STEPS - 1) * 60_000L;
    Matrix recorded = (Matrix) engine.rangeQuery(input, rate, 0, end, 60_000L);
    for (Series s : recorded.series()) {
      Labels l = s.labels().toBuilder().set("__name__", "job:req:rate5m").build();
      input.adopt(l, s.timestamps(), s.values(), s.timestamps().length);
    }
    int results = recorded.series().size();
    results += ((Matrix) engine.rangeQuery(input, quantile, 0, end, 60_000L)).series().size();
    results += ((Matrix) engine.rangeQuery(input, alert, 0, end, 60_000L)).series().size();
    return results;
  }
}
