package dev.tollgate.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs {@code cases.txt}: {@code expr => value} or {@code expr => error: line:col: message}. A
 * {@code # env: result=<literal>} line sets Argo's environment for the cases below it; {@code #
 * env: none} clears it. Expected values are written as expr literals ({@code NaN} and {@code Inf}
 * are available there), and ints and floats are told apart.
 */
class CasesFileTest {

  @TestFactory
  List<DynamicTest> casesFile() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    Map<String, Object> env = Map.of();
    int lineNumber = 0;
    for (String line : lines()) {
      lineNumber++;
      if (line.startsWith("# env:")) {
        String spec = line.substring("# env:".length()).trim();
        env =
            spec.equals("none")
                ? Map.of()
                : ArgoConditions.environment(literal(spec.substring("result=".length())));
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int arrow = line.lastIndexOf(" => ");
      assertThat(arrow).as("line %d has ' => '", lineNumber).isNotNegative();
      String source = line.substring(0, arrow);
      String expected = line.substring(arrow + 4);
      Map<String, Object> caseEnv = env;
      tests.add(
          DynamicTest.dynamicTest(
              "cases.txt:" + lineNumber + " " + source,
              () -> {
                if (expected.startsWith("error: ")) {
                  assertThatThrownBy(() -> Expr.compile(source).evaluate(caseEnv))
                      .isInstanceOf(ExprException.class)
                      .hasMessage(expected.substring("error: ".length()));
                } else {
                  Object actual = Expr.compile(source).evaluate(caseEnv);
                  assertThat(describe(actual)).isEqualTo(describe(literal(expected)));
                }
              }));
    }
    assertThat(tests).hasSizeGreaterThan(100);
    return tests;
  }

  private static List<String> lines() throws IOException {
    try (InputStream in = CasesFileTest.class.getResourceAsStream("/cases.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  static Object literal(String text) {
    Map<String, Object> constants = new HashMap<>();
    constants.put("NaN", Double.NaN);
    constants.put("Inf", Double.POSITIVE_INFINITY);
    try {
      return Expr.compile(text).evaluate(constants);
    } catch (ExprException e) {
      throw new AssertionError("bad literal " + text + ": " + e.getMessage(), e);
    }
  }

  /** A typed rendering, so 1 (int) and 1.0 (float) differ and NaN equals NaN. */
  static String describe(Object value) {
    if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      list.forEach(i -> items.add(describe(i)));
      return "[" + String.join(", ", items) + "]";
    }
    if (value instanceof Map<?, ?> map) {
      List<String> items = new ArrayList<>();
      map.forEach((k, v) -> items.add(k + ": " + describe(v)));
      return "{" + String.join(", ", items) + "}";
    }
    if (value instanceof Double d) {
      return "float " + d;
    }
    if (value instanceof Long l) {
      return "int " + l;
    }
    if (value instanceof String s) {
      return "string \"" + s + "\"";
    }
    return String.valueOf(value);
  }
}
