package dev.tollgate.promql.bench;

import dev.tollgate.promql.PromQL;
import dev.tollgate.promql.PromQLParseException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The inputs of Prometheus's {@code BenchmarkParser}, valid and invalid. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParserBench {

  @Param({
    "a",
    "metric",
    "1",
    "1 >= bool 1",
    "1 + 2/(3*1)",
    "foo or bar",
    "foo and bar unless baz or qux",
    "bar + on(foo) bla / on(baz, buz) group_right(test) blub",
    "foo / ignoring(test,blub) group_left(blub) bar",
    "foo - ignoring(test,blub) group_right(bar,foo) bar",
    "foo{a=\"b\", foo!=\"bar\", test=~\"test\", bar!~\"baz\"}",
    "min_over_time(rate(foo{bar=\"baz\"}[2s])[5m:])[4m:3s]",
    "sum without(and, by, avg, count, alert, annotations)(some_metric) [30m:10s]",
    "sort_by_label(metric, \"foo\", \"bar\")",
    "(",
    "}",
    "1 or 1",
    "1 or on(bar) foo",
    "foo unless on(bar) group_left(baz) bar",
    "test[5d] OFFSET 10s [10m:5s]"
  })
  public String input;

  @Benchmark
  public Object parse() {
    try {
      return PromQL.parse(input);
    } catch (PromQLParseException e) {
      return e;
    }
  }
}
