package dev.tollgate.promql.eval;

import dev.tollgate.promql.ast.Call;
import java.util.List;

/** Functions returning a scalar: time, pi, scalar, start/end/range/step, min_of/max_of. */
final class ScalarFunctions {
  private ScalarFunctions() {}

  static double[] call(Evaluator ev, Call c) {
    int n = ev.steps();
    double[] out = new double[n];
    switch (c.function().name()) {
      case "time" -> {
        for (int i = 0; i < n; i++) {
          out[i] = ev.stepTime(i) / 1000.0;
        }
      }
      case "pi" -> java.util.Arrays.fill(out, Math.PI);
      case "start" -> java.util.Arrays.fill(out, ev.queryStart / 1000.0);
      case "end" -> java.util.Arrays.fill(out, ev.queryEnd / 1000.0);
      case "range" -> java.util.Arrays.fill(out, (ev.queryEnd - ev.queryStart) / 1000.0);
      case "step" -> java.util.Arrays.fill(out, ev.queryStep / 1000.0);
      case "min_of", "max_of" -> {
        double[] a = ev.evalScalar(c.args().get(0));
        double[] b = ev.evalScalar(c.args().get(1));
        boolean min = c.function().name().equals("min_of");
        for (int i = 0; i < n; i++) {
          out[i] = min ? Math.min(a[i], b[i]) : Math.max(a[i], b[i]);
        }
      }
      case "scalar" -> {
        List<SeriesBuf> in = ev.evalVector(c.args().get(0));
        StepReader r = new StepReader(in);
        for (int i = 0; i < n; i++) {
          List<Smp> v = r.at(ev.stepTime(i));
          out[i] = v.size() == 1 ? v.get(0).f : Double.NaN;
        }
      }
      default ->
          throw new EvalError("function " + c.function().name() + " does not return a scalar");
    }
    return out;
  }
}
