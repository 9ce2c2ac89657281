package dev.tollgate.flags.flipper;

import dev.tollgate.flags.eval.Crc32;
import dev.tollgate.flags.flipper.RubyValues.RubyError;
import dev.tollgate.flags.flipper.RubyValues.RubyTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Flipper's gate checks ({@code lib/flipper/gates/*.rb}, {@code feature.rb}): the feature is on
 * when any gate is open, checked in Flipper's order boolean, expression, actor,
 * percentage_of_actors, percentage_of_time, group. Flipper stops at the first open gate, so an
 * expression that raises (e.g. comparing a string with a number) makes {@code enabled?} raise
 * unless the boolean gate is on. Percentage of time and {@code Random} are random per call in
 * Flipper, so they are reported as chance instead of being rolled; group membership comes from the
 * caller.
 */
public final class FlipperEvaluator {
  private static final int SCALING_FACTOR = 1_000;

  private FlipperEvaluator() {}

  /**
   * The actor a feature is checked for.
   *
   * @param id the actor's {@code flipper_id} (e.g. {@code User;6}), or null for no actor
   * @param properties its {@code flipper_properties} (Property reads these, plus flipper_id)
   * @param groups the registered groups it belongs to (Ruby code defines them)
   */
  public record Actor(String id, Map<String, String> properties, Set<String> groups) {
    public Actor {
      properties = Map.copyOf(properties);
      groups = Set.copyOf(groups);
    }
  }

  /**
   * What the expression gate did.
   *
   * @param present the feature has an expression gate set
   * @param evaluated it was evaluated (not when the boolean gate opened first)
   * @param value its truth for this actor; null when unknown (Random) or it raised
   * @param error the Ruby exception Flipper would raise, or null
   * @param random the expression called Random, so its value depends on chance
   * @param now the clock value Now returned, or null if Now was not called
   */
  public record ExpressionOutcome(
      boolean present,
      boolean evaluated,
      Boolean value,
      String error,
      boolean random,
      Instant now) {}

  /**
   * The answer for one actor.
   *
   * @param enabled true/false when decided; null when chance decides (percentage_of_time, Random)
   *     or when Flipper raises ({@link ExpressionOutcome#error})
   * @param gate the gate that opened (or raised, or may open), or null
   * @param timeChance the probability (0..1) that percentage_of_time opens the feature per call
   */
  public record Result(
      Boolean enabled, String gate, double timeChance, ExpressionOutcome expression) {}

  /** Without an expression context: no properties, no other features, the system clock. */
  public static Result evaluate(FlipperFeature feature, String actorId, Set<String> actorGroups) {
    return evaluate(feature, new Actor(actorId, Map.of(), actorGroups), Map.of(), Instant::now);
  }

  /**
   * Evaluates one feature for one actor, checking the gates in Flipper's order.
   *
   * @param features the whole export, for FeatureEnabled (a missing feature is off, as in Flipper)
   * @param clock what {@code Now} returns
   * @throws FlipperExpression.MalformedException when an expression that gets evaluated is one
   *     Flipper could not build or call
   */
  public static Result evaluate(
      FlipperFeature feature,
      Actor actor,
      Map<String, FlipperFeature> features,
      Supplier<Instant> clock) {
    Scope scope = new Scope(actor, features, clock);
    boolean present = FlipperExpression.isSet(feature.expression());
    try {
      Result r = scope.evaluate(feature);
      return new Result(r.enabled(), r.gate(), r.timeChance(), scope.outcome(present, null));
    } catch (RubyError e) {
      return new Result(null, "expression", 0, scope.outcome(present, e.getMessage()));
    }
  }

  /** Shared by one top-level check and the FeatureEnabled checks it makes. */
  static final class Scope {
    private final Actor actor;
    private final Map<String, FlipperFeature> features;
    private final Supplier<Instant> clock;
    private final Map<String, Object> properties;
    private final Set<String> evaluating = new HashSet<>();
    private Instant now;
    private boolean random;
    private Boolean topExpression;
    private boolean topHasExpression;

    Scope(Actor actor, Map<String, FlipperFeature> features, Supplier<Instant> clock) {
      this.actor = actor;
      this.features = features;
      this.clock = clock;
      this.properties =
          actor.id() == null
              ? Map.of() // Flipper: no actor, no properties
              : ExpressionEvaluator.properties(actor.id(), actor.properties());
    }

    RubyTime now() {
      if (now == null) {
        now = clock.get();
      }
      return new RubyTime(now, ZoneOffset.UTC, true);
    }

    void usedRandom() {
      random = true;
    }

    ExpressionOutcome outcome(boolean present, String error) {
      return new ExpressionOutcome(
          present, topHasExpression, error == null ? topExpression : null, error, random, now);
    }

    /** Null when chance decides; throws what Flipper would raise. */
    Boolean featureEnabled(String name, String current) {
      FlipperFeature other = features.get(name);
      if (evaluating.contains(name) || name.equals(current) || other == null) {
        return false; // a cycle is broken with false; an unknown feature is off
      }
      return evaluate(other).enabled();
    }

    Result evaluate(FlipperFeature feature) {
      boolean top = evaluating.isEmpty();
      evaluating.add(feature.name());
      try {
        return gates(feature, top);
      } finally {
        evaluating.remove(feature.name());
      }
    }

    private Result gates(FlipperFeature feature, boolean top) {
      String actorId = actor.id();
      if (isTrue(feature.booleanGate())) {
        return new Result(true, "boolean", 0, null);
      }
      boolean expressionByChance = false;
      if (FlipperExpression.isSet(feature.expression())) {
        FlipperExpression.Call call =
            FlipperExpression.parse(
                feature.expression(), "features." + feature.name() + ".expression");
        if (top) {
          topHasExpression = true;
        }
        Boolean truth =
            ExpressionEvaluator.truth(
                new ExpressionEvaluator(feature.name(), properties, this).evaluate(call));
        if (top) {
          topExpression = truth;
        }
        if (Boolean.TRUE.equals(truth)) {
          return new Result(true, "expression", 0, null);
        }
        expressionByChance = truth == null;
      }
      if (actorId != null && feature.actors().contains(actorId)) {
        return new Result(true, "actor", 0, null);
      }
      if (actorId != null && feature.percentageOfActors() != null) {
        double pct = percentage(feature.percentageOfActors());
        long bucket = Crc32.of(feature.name(), actorId) % (100L * SCALING_FACTOR);
        if (bucket < pct * SCALING_FACTOR) {
          return new Result(true, "percentage_of_actors", 0, null);
        }
      }
      double time = feature.percentageOfTime() == null ? 0 : percentage(feature.percentageOfTime());
      double chance = Math.max(0, Math.min(100, time)) / 100.0;
      if (chance >= 1) {
        return new Result(true, "percentage_of_time", chance, null);
      }
      for (String group : actor.groups()) {
        if (feature.groups().contains(group)) {
          return new Result(true, "group", chance, null);
        }
      }
      if (expressionByChance) {
        return new Result(null, "expression", chance, null);
      }
      if (chance > 0) {
        return new Result(null, "percentage_of_time", chance, null);
      }
      return new Result(false, null, 0, null);
    }
  }

  /** Flipper's typecast: text with a "." → {@code to_f}, else {@code to_i} (Ruby prefix parse). */
  static double percentage(String text) {
    String t = text.strip();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                t.contains(".") ? "^[-+]?\\d*\\.?\\d+(?:[eE][-+]?\\d+)?" : "^[-+]?\\d+")
            .matcher(t.replace("_", ""));
    if (!m.find()) {
      return 0;
    }
    return Double.parseDouble(m.group());
  }

  /** {@code Typecast.to_boolean}: true, 1, "true", "1". */
  static boolean isTrue(String value) {
    return value != null && (value.equals("true") || value.equals("1"));
  }
}
