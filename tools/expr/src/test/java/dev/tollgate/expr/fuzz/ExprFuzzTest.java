package dev.tollgate.expr.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tollgate.expr.ArgoConditions;
import dev.tollgate.expr.Expr;
import dev.tollgate.expr.ExprException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzz test (Jazzer) of {@link Expr#compile}, {@link Expr#evaluate} and {@link
 * ArgoConditions#evaluateCondition}: for any condition text and any provider result (null, a
 * double, a list of doubles including NaN and infinities, or a small web-provider map), the only
 * failure is an {@link ExprException} positioned inside the text. Anything else (a
 * RuntimeException, a StackOverflowError, an OutOfMemoryError, a timeout) is a finding.
 *
 * <p>Input layout: the first bytes choose the result, the rest is the expression (UTF-8). Without
 * {@code JAZZER_FUZZ} the committed seeds in {@code
 * src/test/resources/dev/tollgate/expr/fuzz/ExprFuzzTestInputs/compileAndEvaluate/} run. See
 * docs/fuzzing.md.
 */
class ExprFuzzTest {

  @FuzzTest(maxDuration = "2m")
  void compileAndEvaluate(FuzzedDataProvider data) {
    Object result = result(data);
    String text = data.consumeRemainingAsString();
    Expr expr;
    try {
      expr = Expr.compile(text);
    } catch (ExprException e) {
      assertInside(e, text);
      return;
    }
    try {
      ArgoConditions.evaluateCondition(expr, result);
    } catch (ExprException e) {
      assertInside(e, text);
    }
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("result", result);
    try {
      expr.evaluate(env);
    } catch (ExprException e) {
      assertInside(e, text);
    }
  }

  private static Object result(FuzzedDataProvider data) {
    switch (data.consumeInt(0, 4)) {
      case 0 -> {
        return null;
      }
      case 1 -> {
        return data.consumeDouble();
        // includes NaN, infinities, -0.0, subnormals
      }
      case 2 -> {
        return doubles(data);
      }
      case 3 -> {
        // a vector whose samples are the special values Prometheus returns
        return new ArrayList<>(
            List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0));
      }
      default -> {
        Map<String, Object> web = new LinkedHashMap<>();
        web.put("value", data.consumeDouble());
        web.put("items", doubles(data));
        web.put("ok", data.consumeBoolean());
        web.put("name", data.consumeString(8));
        return web;
      }
    }
  }

  private static List<Double> doubles(FuzzedDataProvider data) {
    int n = data.consumeInt(0, 6);
    List<Double> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(data.consumeDouble());
    }
    return out;
  }

  /** Line and column are 1-based and inside {@code text} (one past the end marks end of input). */
  static void assertInside(ExprException e, String text) {
    int lines = 1;
    int longest = 0;
    int current = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
        current = 0;
      } else {
        longest = Math.max(longest, ++current);
      }
    }
    if (e.line() < 1 || e.line() > lines || e.column() < 1 || e.column() > longest + 1) {
      throw new AssertionError(
          "error position "
              + e.line()
              + ":"
              + e.column()
              + " is outside the "
              + lines
              + "-line expression "
              + text.length()
              + " chars long: "
              + e.getMessage(),
          e);
    }
  }
}
