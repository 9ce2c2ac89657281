package dev.tollgate.promql.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.promql.PromQL;
import dev.tollgate.promql.PromQLParseException;
import dev.tollgate.promql.ast.BinaryExpr;
import dev.tollgate.promql.ast.BinaryOp;
import dev.tollgate.promql.ast.Expr;
import dev.tollgate.promql.ast.NumberLiteral;
import dev.tollgate.promql.ast.SubqueryExpr;
import dev.tollgate.promql.ast.UnaryExpr;
import dev.tollgate.promql.ast.VectorSelector;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParserTest {

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("1 +", "1:4: parse error: unexpected end of input"),
        Arguments.of("(", "1:2: parse error: unclosed left parenthesis"),
        Arguments.of("rate(up[5m]", "1:12: parse error: unclosed left parenthesis"),
        Arguments.of("foo{", "1:5: parse error: unexpected end of input inside braces"),
        Arguments.of("foo[5m", "1:7: parse error: unclosed left bracket"),
        Arguments.of(")", "1:1: parse error: unexpected right parenthesis ')'"),
        Arguments.of("foo bar", "1:5: parse error: unexpected identifier \"bar\""),
        Arguments.of(
            "{}", "1:1: parse error: vector selector must contain at least one non-empty matcher"),
        Arguments.of(
            "1 == 1", "1:1: parse error: comparisons between scalars must use BOOL modifier"),
        Arguments.of(
            "foo and 1",
            "1:1: parse error: set operator \"and\" not allowed in binary scalar expression"),
        Arguments.of(
            "1 or 1",
            "1:1: parse error: set operator \"or\" not allowed in binary scalar expression"),
        Arguments.of(
            "foo + bool bar",
            "1:1: parse error: bool modifier can only be used on comparison operators"),
        Arguments.of(
            "1 + \"a\"",
            "1:1: parse error: binary expression must contain only scalar and instant vector types"),
        Arguments.of(
            "rate(foo)",
            "1:6: parse error: expected type range vector in call to function \"rate\", got instant vector"),
        Arguments.of(
            "nonexistent(foo)", "1:1: parse error: unknown function with name \"nonexistent\""),
        Arguments.of(
            "topk(foo)",
            "1:1: parse error: wrong number of arguments for aggregate expression provided, expected 2, got 1"),
        Arguments.of(
            "sum(foo) offset 5m",
            "1:1: parse error: offset modifier must be preceded by an instant vector selector or range vector selector or a subquery"),
        Arguments.of(
            "foo unless on(bar) group_left(baz) bar",
            "1:20: parse error: no grouping allowed for \"unless\" operation"),
        Arguments.of("foo\n  + ", "2:5: parse error: unexpected end of input"));
  }

  @ParameterizedTest
  @MethodSource("errors")
  void reportsErrorsLikePrometheus(String query, String message) {
    assertThatThrownBy(() -> PromQL.parse(query))
        .isInstanceOf(PromQLParseException.class)
        .hasMessage(message);
  }

  static Stream<Arguments> roundTrips() {
    return Stream.of(
        Arguments.of("a_X + on (l) group_right () a_one"),
        Arguments.of(
            "sum without (and, by, avg, count, alert, annotations) (some_metric)[30m:10s]"),
        Arguments.of("min_over_time(rate(foo{bar=\"baz\"}[2s])[5m:])[4m:3s]"),
        Arguments.of("foo{a=\"b\", foo!=\"bar\", test=~\"test\", bar!~\"baz\"}"),
        Arguments.of("foo / ignoring (test, blub) group_left (blub) bar"),
        Arguments.of("sort_by_label(metric, \"foo\", \"bar\")"),
        Arguments.of("1 >= bool 1"),
        Arguments.of("foo @ 100.000 offset 5m"),
        Arguments.of("foo @ start()"),
        Arguments.of("-foo ^ 2"),
        Arguments.of("count_values(\"value\", up)"));
  }

  @ParameterizedTest
  @MethodSource("roundTrips")
  void printedAstParsesBackToTheSameAst(String query) throws Exception {
    Expr first = PromQL.parse(query);
    assertThat(first.toString()).isEqualTo(query);
    assertThat(PromQL.parse(first.toString())).isEqualTo(first);
  }

  @Test
  void powerIsRightAssociativeAndBindsTighterThanUnaryMinus() throws Exception {
    Expr e = PromQL.parse("-a ^ b ^ c");
    assertThat(e).isInstanceOf(UnaryExpr.class);
    BinaryExpr pow = (BinaryExpr) ((UnaryExpr) e).expr();
    assertThat(pow.op()).isEqualTo(BinaryOp.POW);
    assertThat(pow.rhs()).isInstanceOf(BinaryExpr.class);
  }

  @Test
  void numbersAcceptHexExponentInfAndNaN() throws Exception {
    assertThat(((NumberLiteral) PromQL.parse("0x1f")).value()).isEqualTo(31);
    assertThat(((NumberLiteral) PromQL.parse("1.5e3")).value()).isEqualTo(1500);
    assertThat(((NumberLiteral) PromQL.parse("-Inf")).value()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(((NumberLiteral) PromQL.parse("NaN")).value()).isNaN();
  }

  @Test
  void modifiersAcceptEitherOrderAndNegativeOffsets() throws Exception {
    VectorSelector a = (VectorSelector) PromQL.parse("foo offset -5m @ 100");
    VectorSelector b = (VectorSelector) PromQL.parse("foo @ 100 offset -5m");
    assertThat(a).isEqualTo(b);
    assertThat(a.offsetMillis()).isEqualTo(-300_000);
    assertThat(a.at().timestampMillis()).isEqualTo(100_000);
  }

  @Test
  void subqueryWithoutStepUsesTheDefault() throws Exception {
    SubqueryExpr s = (SubqueryExpr) PromQL.parse("rate(foo[1m])[5m:]");
    assertThat(s.rangeMillis()).isEqualTo(300_000);
    assertThat(s.stepMillis()).isZero();
  }

  @Test
  void stringsUnescapeLikeGo() throws Exception {
    assertThat(PromQL.parse("\"a\\tb\\u00e9\\x41\"").toString()).isEqualTo("\"a\\tbéA\"");
    assertThat(PromQL.parse("`raw\\n`").toString()).isEqualTo("\"raw\\\\n\"");
  }

  @Test
  void regexesAreFullyAnchoredAndRejectJavaOnlySyntax() throws Exception {
    VectorSelector s = (VectorSelector) PromQL.parse("{job=~\"api|web\"}");
    assertThat(s.matchers().get(0).matches("api")).isTrue();
    assertThat(s.matchers().get(0).matches("api-2")).isFalse();
    assertThatThrownBy(() -> PromQL.parse("{job=~\"(?=a)b\"}"))
        .hasMessageContaining("error parsing regexp");
  }

  @Test
  void experimentalSyntaxIsReportedAsNotSupported() {
    assertThatThrownBy(() -> PromQL.parse("info(up)"))
        .hasMessage("1:1: parse error: experimental info() function is not supported");
    assertThatThrownBy(() -> PromQL.parse("rate(a[5m] smoothed)"))
        .hasMessageContaining("smoothed range selector is not supported");
    assertThatThrownBy(() -> PromQL.parse("a offset step()"))
        .hasMessageContaining("experimental duration");
  }

  @Test
  void durationArithmeticIsFoldedInRangesAndParenthesisedOffsets() throws Exception {
    assertThat(((dev.tollgate.promql.ast.MatrixSelector) PromQL.parse("x[26m+4m]")).rangeMillis())
        .isEqualTo(1_800_000);
    assertThat(
            ((dev.tollgate.promql.ast.MatrixSelector) PromQL.parse("x[1h30m % 1h]")).rangeMillis())
        .isEqualTo(1_800_000);
    assertThat(((VectorSelector) PromQL.parse("x offset (100 + 2)")).offsetMillis())
        .isEqualTo(102_000);
    // Without parentheses the operator applies to the selector.
    assertThat(PromQL.parse("x offset 100 + 2")).isInstanceOf(BinaryExpr.class);
  }

  @Test
  void fillModifiersParseAndPrint() throws Exception {
    BinaryExpr b =
        (BinaryExpr) PromQL.parse("a + on(l) group_left fill_left(5) fill_right(-Inf) b");
    assertThat(b.matching().fillLeft()).isEqualTo(5.0);
    assertThat(b.matching().fillRight()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(PromQL.parse(b.toString())).isEqualTo(b);
    // A metric called fill is still a metric.
    assertThat(((BinaryExpr) PromQL.parse("other + fill")).rhs())
        .isInstanceOf(VectorSelector.class);
  }
}
