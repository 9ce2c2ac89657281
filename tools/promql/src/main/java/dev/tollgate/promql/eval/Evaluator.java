package dev.tollgate.promql.eval;

import dev.tollgate.promql.Compat;
import dev.tollgate.promql.EngineOptions;
import dev.tollgate.promql.Labels;
import dev.tollgate.promql.PromQLEvalException;
import dev.tollgate.promql.Sample;
import dev.tollgate.promql.Scalar;
import dev.tollgate.promql.Storage;
import dev.tollgate.promql.StringValue;
import dev.tollgate.promql.Value;
import dev.tollgate.promql.Vector;
import dev.tollgate.promql.ast.AggregateExpr;
import dev.tollgate.promql.ast.At;
import dev.tollgate.promql.ast.BinaryExpr;
import dev.tollgate.promql.ast.Call;
import dev.tollgate.promql.ast.Expr;
import dev.tollgate.promql.ast.NumberLiteral;
import dev.tollgate.promql.ast.ParenExpr;
import dev.tollgate.promql.ast.StringLiteral;
import dev.tollgate.promql.ast.SubqueryExpr;
import dev.tollgate.promql.ast.UnaryExpr;
import dev.tollgate.promql.ast.ValueType;
import dev.tollgate.promql.ast.VectorSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates one query over all its steps at once (like Prometheus's {@code rangeEval}): every node
 * yields a list of series holding one point per step where it has a value. An instant query is a
 * range query with one step.
 */
public final class Evaluator {
  final EngineOptions options;
  final Storage storage;
  final long start;
  final long end;
  final long interval;
  final boolean v3;
  final long queryStart;
  final long queryEnd;

  /** The top-level query's step; 0 for instant queries (what step() returns). */
  final long queryStep;

  final long defaultSubqueryStep;
  final Annotations annotations;
  private final long deadlineNanos;
  private final long[] sampleCount;

  /** Samples held per step, when the limit applies to each step on its own; else null. */
  private final long[] stepSamples;

  public Evaluator(EngineOptions options, Storage storage, long start, long end, long interval) {
    this(options, storage, start, end, interval, 60_000L);
  }

  public Evaluator(
      EngineOptions options,
      Storage storage,
      long start,
      long end,
      long interval,
      long defaultSubqueryStep) {
    this(
        options,
        storage,
        start,
        end,
        interval == 0 ? 1 : interval,
        start,
        end,
        start == end ? 0 : interval,
        defaultSubqueryStep,
        new Annotations(),
        System.nanoTime() + options.timeout().toNanos(),
        new long[1]);
  }

  private Evaluator(
      EngineOptions options,
      Storage storage,
      long start,
      long end,
      long interval,
      long queryStart,
      long queryEnd,
      long queryStep,
      long defaultSubqueryStep,
      Annotations annotations,
      long deadlineNanos,
      long[] sampleCount) {
    this.options = options;
    this.storage = storage;
    this.start = start;
    this.end = end;
    this.interval = interval;
    this.v3 = options.compat() == Compat.V3;
    this.queryStart = queryStart;
    this.queryEnd = queryEnd;
    this.queryStep = queryStep;
    this.defaultSubqueryStep = defaultSubqueryStep;
    this.annotations = annotations;
    this.deadlineNanos = deadlineNanos;
    this.sampleCount = sampleCount;
    this.stepSamples = options.sampleLimitPerStep() ? new long[steps()] : null;
  }

  public Annotations annotations() {
    return annotations;
  }

  int steps() {
    return (int) ((end - start) / interval) + 1;
  }

  long stepTime(int i) {
    return start + i * interval;
  }

  /** Evaluates as an instant query at {@code start}. */
  public Value instant(Expr expr) throws PromQLEvalException {
    try {
      Expr e = unwrap(expr);
      if (e instanceof StringLiteral s) {
        return new StringValue(start, s.value());
      }
      if (expr.type() == ValueType.SCALAR) {
        return new Scalar(start, evalScalar(expr)[0]);
      }
      if (expr.type() == ValueType.MATRIX) {
        return QueryResults.toMatrix(this, RangeArgs.atInstant(this, e), false);
      }
      List<SeriesBuf> result = new ArrayList<>(evalVector(expr));
      QueryResults.finish(this, result);
      List<Sample> samples = new ArrayList<>();
      for (SeriesBuf s : result) {
        if (s.n > 0) {
          samples.add(new Sample(s.labels, start, s.vs[0]));
        }
      }
      return new Vector(samples);
    } catch (EvalError e) {
      throw new PromQLEvalException(e.getMessage());
    } catch (StackOverflowError e) {
      throw new PromQLEvalException("query is nested too deeply");
    }
  }

  /** Evaluates as a range query; the result is a matrix sorted by labels. */
  public Value range(Expr expr) throws PromQLEvalException {
    try {
      if (expr.type() != ValueType.SCALAR && expr.type() != ValueType.VECTOR) {
        throw new EvalError(
            "invalid expression type \""
                + expr.type().text()
                + "\" for range query, must be Scalar or instant Vector");
      }
      if (expr.type() == ValueType.SCALAR) {
        double[] vals = evalScalar(expr);
        SeriesBuf s = new SeriesBuf(Labels.EMPTY, false, vals.length);
        for (int i = 0; i < vals.length; i++) {
          s.add(stepTime(i), vals[i]);
        }
        return QueryResults.toMatrix(this, List.of(s), true);
      }
      List<SeriesBuf> result = new ArrayList<>(evalVector(expr));
      QueryResults.finish(this, result);
      return QueryResults.toMatrix(this, result, true);
    } catch (EvalError e) {
      throw new PromQLEvalException(e.getMessage());
    } catch (StackOverflowError e) {
      throw new PromQLEvalException("query is nested too deeply");
    }
  }

  static Expr unwrap(Expr e) {
    Expr x = e;
    while (x instanceof ParenExpr p) {
      x = p.expr();
    }
    return x;
  }

  void checkDeadline() {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new EvalError("query timed out in query execution");
    }
  }

  boolean limitsPerStep() {
    return stepSamples != null;
  }

  /**
   * Counts {@code n} samples loaded for step {@code step}: against the step's own budget when the
   * limit is per step, else against the query's.
   */
  void countSamples(int step, long n) {
    long held = stepSamples != null ? (stepSamples[step] += n) : (sampleCount[0] += n);
    if (held > options.maxSamples()) {
      throw new EvalError(
          "query processing would load too many samples into memory in query execution");
    }
  }

  // ---------------------------------------------------------------- scalars

  double[] evalScalar(Expr expr) {
    Expr e = unwrap(expr);
    int n = steps();
    double[] out = new double[n];
    if (e instanceof NumberLiteral num) {
      java.util.Arrays.fill(out, num.value());
    } else if (e instanceof UnaryExpr u) {
      double[] in = evalScalar(u.expr());
      for (int i = 0; i < n; i++) {
        out[i] = u.negate() ? -in[i] : in[i];
      }
    } else if (e instanceof BinaryExpr b) {
      double[] l = evalScalar(b.lhs());
      double[] r = evalScalar(b.rhs());
      for (int i = 0; i < n; i++) {
        out[i] = BinaryOps.scalarOp(b.op(), l[i], r[i], b.returnBool());
      }
    } else if (e instanceof Call c) {
      return ScalarFunctions.call(this, c);
    } else {
      throw new EvalError("unexpected scalar expression " + e);
    }
    return out;
  }

  // ---------------------------------------------------------------- vectors

  List<SeriesBuf> evalVector(Expr expr) {
    Expr e = unwrap(expr);
    if (e instanceof VectorSelector vs) {
      return selectVector(vs);
    }
    if (e instanceof UnaryExpr u) {
      List<SeriesBuf> in = evalVector(u.expr());
      if (u.negate()) {
        for (SeriesBuf s : in) {
          for (int i = 0; i < s.n; i++) {
            s.vs[i] = -s.vs[i];
          }
          dropName(s);
        }
        return v3 ? in : mergeDuplicates(in);
      }
      return in;
    }
    if (e instanceof BinaryExpr b) {
      return BinaryOps.eval(this, b);
    }
    if (e instanceof Call c) {
      return VectorFunctions.call(this, c);
    }
    if (e instanceof AggregateExpr a) {
      return Aggregations.eval(this, a);
    }
    throw new EvalError("unexpected vector expression " + e);
  }

  private static final List<String> RESERVED = List.of(Labels.METRIC_NAME, "__type__", "__unit__");

  /**
   * Removes the metric name when a result stops being "that metric". Prometheus 3's test engine
   * runs with type-and-unit labels, which drops {@code __type__}/{@code __unit__} together with the
   * name; 2.42 only knows the name.
   */
  Labels dropReserved(Labels l) {
    return v3 ? l.drop(RESERVED) : l.withoutMetricName();
  }

  void dropName(SeriesBuf s) {
    if (v3) {
      s.dropName = true;
    } else {
      s.labels = s.labels.withoutMetricName();
    }
  }

  /** After eager name dropping, two series may collide; that is an error only at the same step. */
  List<SeriesBuf> mergeDuplicates(List<SeriesBuf> in) {
    Map<Labels, SeriesBuf> byLabels = new java.util.LinkedHashMap<>();
    boolean dup = false;
    for (SeriesBuf s : in) {
      if (byLabels.putIfAbsent(s.labels, s) != null) {
        dup = true;
      }
    }
    if (!dup) {
      return in;
    }
    Collector c = new Collector(this);
    for (SeriesBuf s : in) {
      for (int i = 0; i < s.n; i++) {
        c.add(s.labels, s.dropName, s.ts[i], s.vs[i]);
      }
    }
    return c.result();
  }

  /** Reference time for a selector at step time {@code t}: the @ time if set, then minus offset. */
  long referenceTime(At at, long offset, long t) {
    long base = t;
    if (at != null) {
      base =
          switch (at.kind()) {
            case START -> queryStart;
            case END -> queryEnd;
            case TIMESTAMP -> at.timestampMillis();
          };
    }
    return base - offset;
  }

  List<SeriesBuf> selectVector(VectorSelector vs) {
    return Selectors.select(this, vs);
  }

  /** The actual sample timestamps picked by a selector (for timestamp()). */
  List<SeriesBuf> selectVectorTimestamps(VectorSelector vs) {
    return Selectors.timestamps(this, vs);
  }

  // ---------------------------------------------------------------- matrices

  /** Evaluates a subquery's inner expression for every window the outer steps need. */
  List<SeriesBuf> evalSubquery(SubqueryExpr sq) {
    long step = sq.stepMillis() != 0 ? sq.stepMillis() : defaultSubqueryStep;
    long firstRef = referenceTime(sq.at(), sq.offsetMillis(), start);
    long lastRef = referenceTime(sq.at(), sq.offsetMillis(), end);
    long lowest = firstRef - sq.rangeMillis();
    long subStart = step * (lowest / step);
    if (v3 ? subStart <= lowest : subStart < lowest) {
      subStart += step;
    }
    if (lastRef < subStart) {
      return new ArrayList<>();
    }
    Evaluator sub =
        new Evaluator(
            options,
            storage,
            subStart,
            lastRef,
            step,
            queryStart,
            queryEnd,
            queryStep,
            defaultSubqueryStep,
            annotations,
            deadlineNanos,
            sampleCount);
    if (sq.expr().type() == ValueType.SCALAR) {
      double[] vals = sub.evalScalar(sq.expr());
      SeriesBuf s = new SeriesBuf(Labels.EMPTY, false, vals.length);
      for (int i = 0; i < vals.length; i++) {
        s.add(sub.stepTime(i), vals[i]);
      }
      return List.of(s);
    }
    return sub.evalVector(sq.expr());
  }
}
