package dev.tollgate.flags.flipper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.flags.flipper.FlipperEvaluator.Actor;
import dev.tollgate.flags.flipper.FlipperEvaluator.Result;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every expression function and its Ruby edge cases, through the expression gate. */
class FlipperExpressionTest {
  static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

  static Map<String, Object> call(String name, Object... args) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(name, Arrays.asList(args));
    return m;
  }

  static Map<String, Object> prop(String key) {
    return call("Property", key);
  }

  static FlipperFeature feature(String name, Object expression) {
    return new FlipperFeature(name, null, Set.of(), Set.of(), null, null, expression);
  }

  static Result eval(Object expression, String actor, Map<String, String> props) {
    return eval(feature("search", expression), actor, props, Map.of());
  }

  static Result eval(
      FlipperFeature f, String actor, Map<String, String> props, Map<String, FlipperFeature> all) {
    return FlipperEvaluator.evaluate(f, new Actor(actor, props, Set.of()), all, () -> NOW);
  }

  /** The expression's truth for actor User;1 with the given properties. */
  static Boolean truth(Object expression, String... kv) {
    Map<String, String> props = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      props.put(kv[i], kv[i + 1]);
    }
    Result r = eval(expression, "User;1", props);
    assertThat(r.expression().error()).as("raised").isNull();
    return r.expression().value();
  }

  static String raised(Object expression, String... kv) {
    Map<String, String> props = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      props.put(kv[i], kv[i + 1]);
    }
    Result r = eval(expression, "User;1", props);
    assertThat(r.enabled()).isNull();
    assertThat(r.gate()).isEqualTo("expression");
    assertThat(r.expression().error()).isNotNull();
    return r.expression().error();
  }

  @Test
  void equalUsesRubyEquality() {
    assertThat(truth(call("Equal", 1L, 1.0))).isTrue();
    assertThat(truth(call("Equal", "1", 1L))).isFalse();
    assertThat(truth(call("Equal", prop("plan"), "pro"), "plan", "pro")).isTrue();
    assertThat(truth(call("Equal", prop("plan"), "Pro"), "plan", "pro")).isFalse();
    // two missing properties are nil == nil
    assertThat(truth(call("Equal", prop("a"), prop("b")))).isTrue();
    assertThat(truth(call("Equal", true, true))).isTrue();
    assertThat(
            truth(
                call(
                    "Equal",
                    call("Time", "2026-01-01T00:00:00Z"),
                    call("Time", "2026-01-01T01:00:00+01:00"))))
        .isTrue();
    assertThat(truth(call("NotEqual", "1", 1L))).isTrue();
    assertThat(truth(call("NotEqual", 2L, 2.0))).isFalse();
  }

  @Test
  void comparisonsWithinAKindAndFalseForNilOrBooleans() {
    assertThat(truth(call("GreaterThan", 2L, 1.5))).isTrue();
    assertThat(truth(call("GreaterThanOrEqualTo", 2L, 2.0))).isTrue();
    assertThat(truth(call("LessThan", "apple", "banana"))).isTrue();
    assertThat(truth(call("LessThanOrEqualTo", "b", "a"))).isFalse();
    assertThat(truth(call("LessThan", call("Time", "2026-01-01"), call("Now")))).isTrue();
    // nil, true and false have no >: false, no error
    assertThat(truth(call("GreaterThan", prop("missing"), 1L))).isFalse();
    assertThat(truth(call("LessThan", true, 1L))).isFalse();
    // "NaN" has no "." so it is to_i: 0 (JSON has no NaN, so no expression can make one)
    assertThat(truth(call("Equal", call("Number", "NaN"), 0L))).isTrue();
    // the innermost raising call is named once, even with " at " in the text
    assertThat(raised(call("All", call("LessThan", "meet at noon", 1L))))
        .endsWith(" at features.search.expression.All[0].LessThan");
  }

  @Test
  void comparingAStringWithANumberRaisesLikeRuby() {
    // --context values are strings: "30" > 18 raises ArgumentError in Ruby
    String error = raised(call("GreaterThan", prop("age"), 18L), "age", "30");
    assertThat(error).contains("comparison of String with 18 failed").contains("GreaterThan");
    assertThat(truth(call("GreaterThan", call("Number", prop("age")), 18L), "age", "30")).isTrue();
    assertThat(raised(call("LessThan", call("Now"), 5L))).contains("comparison of Time");
  }

  @Test
  void propertiesAreTheActorsPlusFlipperIdAndNilWhenMissing() {
    assertThat(truth(call("Equal", prop("flipper_id"), "User;1"))).isTrue();
    assertThat(truth(prop("plan"), "plan", "pro")).isTrue();
    assertThat(truth(prop("plan"))).isFalse();
    // a one-element argument need not be an array: Flipper wraps it (Array(args))
    assertThat(truth(Map.of("Property", "plan"), "plan", "x")).isTrue();
    // no actor, no properties: not even flipper_id
    Result anonymous = eval(call("Equal", prop("plan"), "pro"), null, Map.of("plan", "pro"));
    assertThat(anonymous.expression().value()).isFalse();
  }

  @Test
  void booleanNumberAndStringTypecastLikeFlipper() {
    assertThat(truth(call("Boolean", "true"))).isTrue();
    assertThat(truth(call("Boolean", "1"))).isTrue();
    assertThat(truth(call("Boolean", 1L))).isTrue();
    assertThat(truth(call("Boolean", 1.0))).isFalse();
    assertThat(truth(call("Boolean", "TRUE"))).isFalse();
    assertThat(truth(call("Equal", call("Number", "12"), 12L))).isTrue();
    assertThat(truth(call("Equal", call("Number", "1.5"), 1.5))).isTrue();
    // no "." → to_i, which stops at the "e"
    assertThat(truth(call("Equal", call("Number", "1e5"), 1L))).isTrue();
    assertThat(truth(call("Equal", call("Number", " 1_000x"), 1000L))).isTrue();
    assertThat(truth(call("Equal", call("Number", "abc"), 0L))).isTrue();
    assertThat(truth(call("Equal", call("Number", prop("missing")), 0L))).isTrue();
    assertThat(raised(call("Number", true))).contains("cannot be converted to a number");
    assertThat(truth(call("Equal", call("String", 1.0), "1.0"))).isTrue();
    assertThat(truth(call("Equal", call("String", 1e20), "1.0e+20"))).isTrue();
    assertThat(truth(call("Equal", call("String", 0.00001), "1.0e-05"))).isTrue();
    assertThat(truth(call("Equal", call("String", prop("missing")), ""))).isTrue();
    assertThat(truth(call("Equal", call("String", false), "false"))).isTrue();
    assertThat(
            truth(
                call(
                    "Equal",
                    call("String", call("Time", "2026-03-01T10:00:00Z")),
                    "2026-03-01 10:00:00 UTC")))
        .isTrue();
  }

  @Test
  void timeParsesIsoAndNowIsTheGivenClock() {
    Result r =
        eval(call("GreaterThan", call("Now"), call("Time", "2026-11-22T11:59:59Z")), "x", Map.of());
    assertThat(r.expression().value()).isTrue();
    assertThat(r.expression().now()).isEqualTo(NOW);
    assertThat(truth(call("LessThan", call("Now"), call("Time", "2026-11-22 12:00:01")))).isTrue();
    assertThat(raised(call("Time", "next tuesday"))).contains("cannot read time");
    assertThat(raised(call("Time", 5L))).contains("no implicit conversion of Integer into String");
    assertThat(raised(call("Time", "2026-02-30"))).contains("out of range");
  }

  @Test
  void percentageClampsAndPercentageOfActorsHashesFeatureAndText() {
    assertThat(truth(call("Equal", call("Percentage", "150"), 100L))).isTrue();
    assertThat(truth(call("Equal", call("Percentage", -5L), 0L))).isTrue();
    assertThat(truth(call("Equal", call("Percentage", "abc"), 0L))).isTrue();
    // Flipper's vector: feature search, 25% → User;6 (8323) on, User;1 (97600) off
    Object byId = call("PercentageOfActors", prop("flipper_id"), call("Percentage", 25L));
    assertThat(eval(byId, "User;6", Map.of()).enabled()).isTrue();
    assertThat(eval(byId, "User;1", Map.of()).expression().value()).isFalse();
    assertThat(truth(call("PercentageOfActors", "User;6", 8.324))).isTrue();
    assertThat(truth(call("PercentageOfActors", "User;6", 8.323))).isFalse();
    assertThat(raised(call("PercentageOfActors", "User;6", "25"))).contains("needs a number");
  }

  @Test
  void randomIsReportedAsChanceUnlessTheResultIsDecidedAnyway() {
    Result r = eval(call("LessThan", call("Random", 100L), 25L), "x", Map.of());
    assertThat(r.enabled()).isNull();
    assertThat(r.gate()).isEqualTo("expression");
    assertThat(r.expression().random()).isTrue();
    assertThat(r.expression().value()).isNull();
    assertThat(truth(call("All", false, call("LessThan", call("Random"), 0.5)))).isFalse();
    assertThat(truth(call("Any", true, call("LessThan", call("Random"), 0.5)))).isTrue();
    assertThat(truth(call("Equal", call("Random", 5L), "x"))).isFalse();
    // rand(1) is always 0
    assertThat(truth(call("Equal", call("Random", 1L), 0L))).isTrue();
    assertThat(raised(call("GreaterThan", call("Random", 10L), "a"))).contains("comparison");
    // a random number is truthy whatever it is
    assertThat(truth(call("Random", 10L))).isTrue();
  }

  @Test
  void allAndAnyEvaluateEveryArgumentFirst() {
    assertThat(truth(call("All"))).isTrue();
    assertThat(truth(call("Any"))).isFalse();
    assertThat(truth(call("All", true, "text", 0L))).isTrue();
    assertThat(truth(call("Any", false, prop("missing")))).isFalse();
    // no short-circuit: the raising second argument raises even though the first is false
    assertThat(raised(call("All", false, call("GreaterThan", "a", 1L)))).contains("comparison");
  }

  @Test
  void featureEnabledChecksTheOtherFeatureAndBreaksCycles() {
    FlipperFeature on = new FlipperFeature("beta", "true", Set.of(), Set.of(), null, null, null);
    FlipperFeature timed = new FlipperFeature("timed", null, Set.of(), Set.of(), null, "50", null);
    FlipperFeature a = feature("a", call("FeatureEnabled", "b"));
    FlipperFeature b =
        feature("b", call("Any", call("FeatureEnabled", "a"), call("FeatureEnabled", "beta")));
    Map<String, FlipperFeature> all = Map.of("beta", on, "timed", timed, "a", a, "b", b);
    assertThat(eval(feature("f", call("FeatureEnabled", "beta")), "x", Map.of(), all).enabled())
        .isTrue();
    assertThat(eval(feature("f", call("FeatureEnabled", "nope")), "x", Map.of(), all).enabled())
        .isFalse();
    assertThat(eval(feature("f", call("FeatureEnabled", "timed")), "x", Map.of(), all).enabled())
        .isNull();
    // a → b → (a: cycle → false) or beta → true
    assertThat(eval(a, "x", Map.of(), all).enabled()).isTrue();
    FlipperFeature self = feature("self", call("FeatureEnabled", "self"));
    assertThat(eval(self, "x", Map.of(), Map.of("self", self)).enabled()).isFalse();
  }

  @Test
  void gateOrderBooleanThenExpressionThenActors() {
    Object raising = call("GreaterThan", "a", 1L);
    FlipperFeature booleanOn =
        new FlipperFeature("f", "true", Set.of(), Set.of(), null, null, raising);
    assertThat(eval(booleanOn, "x", Map.of(), Map.of()).gate()).isEqualTo("boolean");
    FlipperFeature actorToo =
        new FlipperFeature("f", null, Set.of("x"), Set.of(), null, null, raising);
    // Flipper checks the expression before the actor gate, so it raises
    assertThat(eval(actorToo, "x", Map.of(), Map.of()).expression().error()).isNotNull();
    Object byChance = call("LessThan", call("Random"), 0.5);
    FlipperFeature chanceAndActor =
        new FlipperFeature("f", null, Set.of("x"), Set.of(), null, null, byChance);
    Result r = eval(chanceAndActor, "x", Map.of(), Map.of());
    assertThat(r.enabled()).isTrue();
    assertThat(r.gate()).isEqualTo("actor");
    assertThat(eval(feature("f", Map.of()), "x", Map.of(), Map.of()).expression().present())
        .isFalse();
  }

  @Test
  void malformedExpressionsNameTheirPath() {
    assertThatThrownBy(() -> FlipperExpression.parse(call("All", call("Equall", 1L, 1L)), "e"))
        .isInstanceOf(FlipperExpression.MalformedException.class)
        .hasMessageContaining("unknown or unsupported function \"Equall\"")
        .extracting(e -> ((FlipperExpression.MalformedException) e).path())
        .isEqualTo("e.All[0].Equall");
    assertThatThrownBy(() -> FlipperExpression.parse(call("Equal", 1L), "e"))
        .hasMessageContaining("Equal takes 2 argument(s), got 1");
    assertThatThrownBy(() -> FlipperExpression.parse(call("Random", 1L, 2L), "e"))
        .hasMessageContaining("Random takes 0 or 1 argument(s)");
    assertThatThrownBy(() -> FlipperExpression.parse(call("Equal", null, 1L), "e"))
        .hasMessageContaining("null cannot be an argument");
    assertThatThrownBy(() -> FlipperExpression.parse(call("Equal", java.util.List.of(1L), 1L), "e"))
        .hasMessageContaining("an array cannot be an argument");
    Map<String, Object> twoKeys = new LinkedHashMap<>();
    twoKeys.put("Equal", java.util.List.of(1L, 1L));
    twoKeys.put("Any", java.util.List.of());
    assertThatThrownBy(() -> FlipperExpression.parse(twoKeys, "e"))
        .hasMessageContaining("exactly one key");
    assertThatThrownBy(() -> FlipperExpression.parse("Equal", "e"))
        .hasMessageContaining("must be a JSON object");
    assertThat(FlipperExpression.isSet(Map.of())).isFalse();
    assertThat(FlipperExpression.isSet(null)).isFalse();
  }
}
