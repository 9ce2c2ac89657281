package dev.tollgate.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and malformed input: compile and evaluate may only ever throw {@link ExprException}
 * (seeded, so a failure reproduces).
 */
class RobustnessTest {
  private static final String[] PIECES = {
    "result",
    "[",
    "]",
    "(",
    ")",
    "{",
    "}",
    "#",
    ".",
    "?.",
    ",",
    ":",
    "?",
    "0",
    "1",
    "-1",
    "0.5",
    "1e309",
    "0x",
    "\"s\"",
    "'",
    "`",
    "+",
    "-",
    "*",
    "/",
    "%",
    "**",
    "^",
    "==",
    "!=",
    "<",
    ">=",
    "&&",
    "||",
    "!",
    "not",
    "in",
    "and",
    "or",
    "..",
    "??",
    "matches",
    "contains",
    "all",
    "any",
    "map",
    "filter",
    "len",
    "max",
    "abs",
    "round",
    "int",
    "float",
    "isNaN",
    "isInf",
    "asInt",
    "asFloat",
    "default",
    "isNil",
    "nil",
    "true",
    " ",
    "\n",
    "//",
    "/*",
    "\\",
    "|",
    "@",
    "é",
    "99999999999999999999",
    "'[('",
    "\"[\"",
    "1..3",
    "sum",
    "mean",
    "type",
    "upper"
  };

  private static final List<Object> RESULTS =
      Arrays.asList(
          null,
          0.5,
          Double.NaN,
          List.of(),
          List.of(0.97, 0.5),
          Map.of("ok", true, "v", List.of(1.0)),
          "text",
          true);

  private static final List<String> SEEDS =
      List.of(
          "result[0] >= 0.95",
          "isNaN(result) || result >= 0.95",
          "len(result) == 0 || result[0] >= 0.95",
          "all(result, {# < 1000})",
          "default(result, 0) < 0.05",
          "result.ok && result.successPercent >= 0.90",
          "all(result.a.b, {asFloat(.value) >= 9900})",
          "filter(result, # > 1) == [1.5] ? true : false");

  @Test
  void randomTokenSoupOnlyRaisesExprException() {
    Random random = new Random(20260101);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int j = 0; j < length; j++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextBoolean()) {
          text.append(' ');
        }
      }
      exercise(text.toString(), RESULTS.get(random.nextInt(RESULTS.size())));
    }
  }

  @Test
  void mutatedRealConditionsOnlyRaiseExprException() {
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      char[] text = SEEDS.get(random.nextInt(SEEDS.size())).toCharArray();
      List<Character> chars = new ArrayList<>();
      for (char c : text) {
        chars.add(c);
      }
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits && !chars.isEmpty(); e++) {
        int at = random.nextInt(chars.size());
        switch (random.nextInt(3)) {
          case 0 -> chars.remove(at);
          case 1 -> chars.add(at, (char) (32 + random.nextInt(95)));
          default -> chars.set(at, chars.get(random.nextInt(chars.size())));
        }
      }
      StringBuilder out = new StringBuilder();
      chars.forEach(out::append);
      exercise(out.toString(), RESULTS.get(random.nextInt(RESULTS.size())));
    }
  }

  @Test
  void hostileSizesAreRejectedWithAMessage() {
    String deep = "(".repeat(10_000) + "1" + ")".repeat(10_000);
    String long_ = "1" + "+1".repeat(50_000);
    String bigRange = "len(1..100000000) > 0";
    for (String text : List.of(deep, long_, bigRange, "-".repeat(5000) + "1")) {
      try {
        Expr.compile(text).evaluate(ArgoConditions.environment(0.5));
        fail("expected an error for a hostile expression of length " + text.length());
      } catch (ExprException expected) {
        assertThat(expected.line()).isPositive();
      }
    }
  }

  private static void exercise(String text, Object result) {
    try {
      Expr expr = Expr.compile(text);
      expr.freeVariables();
      ArgoConditions.evaluateCondition(expr, result);
    } catch (ExprException expected) {
      assertThat(expected.getMessage()).matches("(?s)\\d+:\\d+: .+");
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(
          "input " + quoted(text) + " with result " + result + " threw " + e, e);
    }
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
