package dev.tollgate.flags.flipper;

import dev.tollgate.flags.eval.Crc32;
import java.util.Set;

/**
 * Flipper's gate checks ({@code lib/flipper/gates/*.rb}): the feature is on when any gate is open,
 * checked in Flipper's order boolean, (expression), actor, percentage_of_actors,
 * percentage_of_time, group. Percentage of time is random per call in Flipper, so it is reported as
 * a probability instead of being rolled.
 */
public final class FlipperEvaluator {
  private static final int SCALING_FACTOR = 1_000;

  private FlipperEvaluator() {}

  /**
   * The answer for one actor.
   *
   * @param enabled true/false when decided; null when only percentage_of_time could open it
   * @param gate the gate that opened, or null
   * @param timeChance the probability (0..1) that percentage_of_time opens the feature per call
   */
  public record Result(Boolean enabled, String gate, double timeChance) {}

  /**
   * Evaluates one feature for one actor, checking the gates in Flipper's order.
   *
   * @param actorId the actor's {@code flipper_id} (e.g. {@code User;6}), or null for no actor
   * @param actorGroups the registered groups the actor belongs to (Ruby code defines them)
   */
  public static Result evaluate(FlipperFeature feature, String actorId, Set<String> actorGroups) {
    if (isTrue(feature.booleanGate())) {
      return new Result(true, "boolean", 0);
    }
    if (actorId != null && feature.actors().contains(actorId)) {
      return new Result(true, "actor", 0);
    }
    if (actorId != null && feature.percentageOfActors() != null) {
      double pct = percentage(feature.percentageOfActors());
      long bucket = Crc32.of(feature.name(), actorId) % (100L * SCALING_FACTOR);
      if (bucket < pct * SCALING_FACTOR) {
        return new Result(true, "percentage_of_actors", 0);
      }
    }
    double time = feature.percentageOfTime() == null ? 0 : percentage(feature.percentageOfTime());
    double chance = Math.max(0, Math.min(100, time)) / 100.0;
    for (String group : actorGroups) {
      if (feature.groups().contains(group)) {
        return new Result(true, "group", chance);
      }
    }
    if (chance > 0) {
      return new Result(chance >= 1 ? Boolean.TRUE : null, "percentage_of_time", chance);
    }
    return new Result(false, null, 0);
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
