package dev.tollgate.promql.promqltest;

import dev.tollgate.promql.Compat;
import dev.tollgate.promql.EngineOptions;
import dev.tollgate.promql.Labels;
import dev.tollgate.promql.Matrix;
import dev.tollgate.promql.PromQLEvalException;
import dev.tollgate.promql.PromQLParseException;
import dev.tollgate.promql.Scalar;
import dev.tollgate.promql.SeriesNotation;
import dev.tollgate.promql.Storage;
import dev.tollgate.promql.StringValue;
import dev.tollgate.promql.Value;
import dev.tollgate.promql.Vector;
import dev.tollgate.promql.ast.Expr;
import dev.tollgate.promql.eval.Annotations;
import dev.tollgate.promql.eval.Evaluator;
import dev.tollgate.promql.parser.Parser;
import dev.tollgate.promql.parser.SeriesDescParser;
import dev.tollgate.promql.parser.UnsupportedFeatureException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a {@link Script} like Prometheus's promqltest: lookback 5m, at most 10,000 samples per
 * query, 1m default subquery step; every instant eval is also run in range mode (t-1m..t+1m) and,
 * unless it calls a time-dependent function, pinned with {@code @ t} at several other times. Evals
 * that need native histograms or an experimental feature this engine does not implement are skipped
 * with the feature's name (spec §10).
 */
public final class ScriptRunner {
  private static final Pattern IDENT = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

  private final Compat compat;
  private final EngineOptions options;
  private final Storage storage = new Storage();
  private final Set<String> histogramMetrics = new HashSet<>();
  private final List<Labels> histogramSeries = new ArrayList<>();
  private final List<Labels> startTimestampSeries = new ArrayList<>();

  public ScriptRunner(Compat compat) {
    this.compat = compat;
    this.options = EngineOptions.defaults().withCompat(compat).withMaxSamples(10_000);
  }

  /** Runs every command; one result per eval, in file order. */
  public List<EvalResult> run(Script script) {
    String file = java.nio.file.Path.of(script.path()).getFileName().toString();
    List<EvalResult> results = new ArrayList<>();
    for (Script.Command c : script.commands()) {
      if (c instanceof Script.Clear) {
        storage.clear();
        histogramMetrics.clear();
        histogramSeries.clear();
        startTimestampSeries.clear();
      } else if (c instanceof Script.Load load) {
        load(load);
      } else if (c instanceof Script.Eval eval) {
        results.add(runEval(file, eval));
      }
    }
    return results;
  }

  /** A {@code load} line that cannot be read; carries its 1-based line number. */
  public static final class LoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    LoadException(int line, String message) {
      super(message);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  private void load(Script.Load load) {
    for (Script.SeriesDef def : load.series()) {
      try {
        loadSeries(load, def);
      } catch (IllegalArgumentException e) {
        throw new LoadException(def.line(), e.getMessage());
      }
    }
  }

  private void loadSeries(Script.Load load, Script.SeriesDef def) {
    {
      SeriesDescParser.Result desc = SeriesDescParser.parse(def.text());
      String name = desc.labels().getOrEmpty(Labels.METRIC_NAME);
      String values = def.text().substring(desc.endOffset());
      if (values.strip().startsWith("@st")) {
        startTimestampSeries.add(desc.labels());
        return;
      }
      if (values.contains("{{")) {
        histogramMetrics.add(name);
        histogramSeries.add(desc.labels());
        return;
      }
      if (load.withNhcb() && name.endsWith("_bucket")) {
        String base = name.substring(0, name.length() - "_bucket".length());
        histogramMetrics.add(base);
        histogramSeries.add(
            desc.labels().toBuilder().del("le").set(Labels.METRIC_NAME, base).build());
      }
      for (SeriesNotation.Point p : SeriesNotation.expand(values)) {
        storage.add(desc.labels(), p.step() * load.stepMillis(), p.value());
      }
    }
  }

  private EvalResult runEval(String file, Script.Eval eval) {
    String expr = eval.expr();
    if (eval.expectsHistograms()) {
      return new EvalResult(
          file, eval.line(), expr, EvalResult.Status.SKIPPED, "native histograms");
    }
    Matcher m = IDENT.matcher(expr.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\""));
    while (m.find()) {
      if (histogramMetrics.contains(m.group())) {
        return new EvalResult(
            file, eval.line(), expr, EvalResult.Status.SKIPPED, "native histograms");
      }
    }
    Expr ast;
    try {
      ast = Parser.parse(expr);
    } catch (UnsupportedFeatureException e) {
      return new EvalResult(file, eval.line(), expr, EvalResult.Status.SKIPPED, e.feature());
    } catch (PromQLParseException e) {
      if (eval.expectFail()) {
        return outcome(file, eval, checkFailure(eval, e.getMessage()));
      }
      return outcome(file, eval, "error parsing query: " + e.getMessage());
    }
    if (touches(ast, histogramSeries)) {
      return new EvalResult(
          file, eval.line(), expr, EvalResult.Status.SKIPPED, "native histograms");
    }
    if (touches(ast, startTimestampSeries)) {
      return new EvalResult(
          file, eval.line(), expr, EvalResult.Status.SKIPPED, "experimental start timestamps");
    }
    try {
      String problem = eval.range() ? runRange(eval, ast) : runInstantWithVariants(eval, ast);
      return outcome(file, eval, problem);
    } catch (RuntimeException e) {
      return outcome(file, eval, "internal error: " + e);
    }
  }

  /** Whether any selector of the query matches a series that was loaded with histograms. */
  private static boolean touches(Expr e, List<Labels> featureSeries) {
    if (featureSeries.isEmpty()) {
      return false;
    }
    List<dev.tollgate.promql.ast.VectorSelector> selectors = new ArrayList<>();
    collectSelectors(e, selectors);
    for (dev.tollgate.promql.ast.VectorSelector vs : selectors) {
      for (Labels l : featureSeries) {
        boolean all = true;
        for (dev.tollgate.promql.ast.LabelMatcher m : vs.matchers()) {
          all &= m.matches(l.getOrEmpty(m.name()));
        }
        if (all) {
          return true;
        }
      }
    }
    return false;
  }

  private static void collectSelectors(Expr e, List<dev.tollgate.promql.ast.VectorSelector> out) {
    if (e instanceof dev.tollgate.promql.ast.VectorSelector vs) {
      out.add(vs);
    } else if (e instanceof dev.tollgate.promql.ast.MatrixSelector ms) {
      out.add(ms.selector());
    } else if (e instanceof dev.tollgate.promql.ast.SubqueryExpr sq) {
      collectSelectors(sq.expr(), out);
    } else if (e instanceof dev.tollgate.promql.ast.Call c) {
      c.args().forEach(a -> collectSelectors(a, out));
    } else if (e instanceof dev.tollgate.promql.ast.AggregateExpr a) {
      collectSelectors(a.expr(), out);
      if (a.param() != null) {
        collectSelectors(a.param(), out);
      }
    } else if (e instanceof dev.tollgate.promql.ast.BinaryExpr b) {
      collectSelectors(b.lhs(), out);
      collectSelectors(b.rhs(), out);
    } else if (e instanceof dev.tollgate.promql.ast.UnaryExpr u) {
      collectSelectors(u.expr(), out);
    } else if (e instanceof dev.tollgate.promql.ast.ParenExpr p) {
      collectSelectors(p.expr(), out);
    }
  }

  private static EvalResult outcome(String file, Script.Eval eval, String problem) {
    return problem == null
        ? new EvalResult(file, eval.line(), eval.expr(), EvalResult.Status.PASSED, "")
        : new EvalResult(file, eval.line(), eval.expr(), EvalResult.Status.FAILED, problem);
  }

  private static String checkFailure(Script.Eval eval, String actual) {
    if (eval.failMessage() != null && !eval.failMessage().equals(actual)) {
      return "expected error " + quote(eval.failMessage()) + " but got: " + actual;
    }
    if (eval.failRegex() != null && !Pattern.compile(eval.failRegex()).matcher(actual).find()) {
      return "expected error matching " + quote(eval.failRegex()) + " but got: " + actual;
    }
    return null;
  }

  private static String quote(String s) {
    return dev.tollgate.promql.GoStrings.quote(s);
  }

  private String runRange(Script.Eval eval, Expr ast) {
    Evaluator ev =
        new Evaluator(options, storage, eval.startMillis(), eval.endMillis(), eval.stepMillis());
    Value v;
    try {
      v = ev.range(ast);
    } catch (PromQLEvalException e) {
      return eval.expectFail()
          ? checkFailure(eval, e.getMessage())
          : "error evaluating query: " + e.getMessage();
    }
    if (eval.expectFail()) {
      return "expected error evaluating query but got none";
    }
    String annos = checkAnnotations(eval, ev.annotations());
    if (annos != null) {
      return annos;
    }
    return Compare.matrix(
        compat, eval, (Matrix) v, eval.startMillis(), eval.endMillis(), eval.stepMillis());
  }

  private String runInstantWithVariants(Script.Eval eval, Expr ast) {
    String problem = runInstant(eval, ast, eval.startMillis(), true);
    if (problem != null) {
      return problem;
    }
    Expr pinned = AtInjector.inject(ast, eval.startMillis());
    if (pinned == null) {
      return null;
    }
    long ts = eval.startMillis();
    long[] times =
        ts == 0 ? new long[] {-1000, 0, 1000} : new long[] {-10 * ts, 0, ts / 5, ts, 10 * ts};
    for (long t : times) {
      problem = runInstant(eval, pinned, t, false);
      if (problem != null) {
        return problem + " (with @ " + ts / 1000.0 + " evaluated at " + t / 1000.0 + "s)";
      }
    }
    return null;
  }

  private String runInstant(Script.Eval eval, Expr ast, long t, boolean checkAnnotations) {
    Evaluator ev = new Evaluator(options, storage, t, t, 0);
    Value v;
    try {
      v = ev.instant(ast);
    } catch (PromQLEvalException e) {
      return eval.expectFail()
          ? checkFailure(eval, e.getMessage())
          : "error evaluating query: " + e.getMessage();
    }
    if (eval.expectFail()) {
      return "expected error evaluating query but got none";
    }
    if (checkAnnotations) {
      String annos = checkAnnotations(eval, ev.annotations());
      if (annos != null) {
        return annos;
      }
    }
    String problem = Compare.instant(compat, eval, v);
    if (problem != null
        || v instanceof StringValue
        || v instanceof Matrix
        || eval.ordered()
        || dev.tollgate.promql.ast.Exprs.dependsOnQueryRange(ast)) {
      // start()/end()/range()/step() describe the query itself, so the range-mode run differs.
      return problem;
    }
    // The same query in range mode must give the same value at t (middle step).
    Evaluator rangeEv = new Evaluator(options, storage, t - 60_000, t + 60_000, 60_000);
    Value rv;
    try {
      rv = rangeEv.range(ast);
    } catch (PromQLEvalException e) {
      return "error evaluating query in range mode: " + e.getMessage();
    }
    List<dev.tollgate.promql.Sample> atT = new ArrayList<>();
    for (dev.tollgate.promql.Series s : ((Matrix) rv).series()) {
      for (int i = 0; i < s.timestamps().length; i++) {
        if (s.timestamps()[i] == t) {
          atT.add(new dev.tollgate.promql.Sample(s.labels(), t, s.values()[i]));
          break;
        }
      }
    }
    Value asInstant =
        v instanceof Scalar
            ? new Scalar(t, atT.isEmpty() ? Double.NaN : atT.get(0).value())
            : new Vector(atT);
    problem = Compare.instant(compat, eval, asInstant);
    return problem == null ? null : problem + " (in range mode)";
  }

  /** Annotations are checked only when the eval states expectations about them. */
  private static String checkAnnotations(Script.Eval eval, Annotations annos) {
    if (eval.ordered()) {
      return null;
    }
    String w = checkKind("warning", eval.warn(), annos.warnings());
    return w != null ? w : checkKind("info annotation", eval.info(), annos.infos());
  }

  private static String checkKind(String what, Script.Expectations exp, Set<String> actual) {
    if (exp.forbidden() && !actual.isEmpty()) {
      return "unexpected " + what + "s: " + actual;
    }
    if (!exp.expected()) {
      return null;
    }
    if (actual.isEmpty()) {
      return "expected " + what + "s but got none";
    }
    if (exp.msgs().isEmpty() && exp.regexes().isEmpty()) {
      return null;
    }
    for (String a : actual) {
      boolean matched = exp.msgs().contains(a);
      for (String r : exp.regexes()) {
        matched |= Pattern.compile(r).matcher(a).find();
      }
      if (!matched) {
        return "unexpected " + what + " " + quote(a);
      }
    }
    for (String msg : exp.msgs()) {
      if (!actual.contains(msg)) {
        return "expected " + what + " " + quote(msg) + " not found, got " + actual;
      }
    }
    return null;
  }

  /** Totals, with skips per reason. */
  public record Summary(
      int passed, int failed, int skipped, java.util.Map<String, Integer> skipReasons) {
    public static Summary of(List<EvalResult> results) {
      int p = 0;
      int f = 0;
      int s = 0;
      java.util.Map<String, Integer> reasons = new java.util.TreeMap<>();
      for (EvalResult r : results) {
        switch (r.status()) {
          case PASSED -> p++;
          case FAILED -> f++;
          case SKIPPED -> {
            s++;
            reasons.merge(r.detail(), 1, Integer::sum);
          }
        }
      }
      return new Summary(p, f, s, reasons);
    }

    public String line() {
      return passed + " passed, " + failed + " failed, " + skipped + " skipped";
    }
  }
}
