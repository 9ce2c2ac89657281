package dev.tollgate.lint.rules.argo;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.rules.Nodes;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Rollout defaults and value readers from argo-rollouts {@code utils/defaults}. */
final class Rollouts {
  private Rollouts() {}

  static final long DEFAULT_PROGRESS_DEADLINE_SECONDS = 600;
  static final long DEFAULT_REVISION_HISTORY_LIMIT = 10;

  private static final Pattern PERCENT = Pattern.compile("[0-9]+%");

  /** {@code weightutil.MaxTrafficWeight}: trafficRouting.maxTrafficWeight, else 100. */
  static long maxTrafficWeight(YMap canary) {
    return Nodes.longAt(canary, "trafficRouting", "maxTrafficWeight").orElse(100);
  }

  /**
   * {@code getIntOrPercentValue}: "N%" gives N, an int gives itself, a digits string its number;
   * anything else 0, as intstr.IntValue does.
   */
  static long intOrPercent(YNode node) {
    String text = Nodes.scalarText(node).trim();
    if (PERCENT.matcher(text).matches()) {
      return Long.parseLong(text.substring(0, text.length() - 1));
    }
    OptionalLong number = Nodes.asLong(node);
    return number.orElse(0);
  }

  /**
   * {@code RolloutPause.DurationSeconds}: an int is seconds, a digits string is seconds, else a Go
   * duration truncated to seconds; -1 when it does not parse.
   */
  static long pauseSeconds(YNode duration) {
    OptionalLong number = Nodes.asLong(duration);
    if (number.isPresent()) {
      return number.getAsLong();
    }
    return GoDuration.parseSeconds(Nodes.scalarText(duration).trim()).stream()
        .mapToLong(d -> (long) d)
        .findFirst()
        .orElse(-1);
  }

  /** The trafficRouting providers that are set. */
  static boolean routes(YMap canary, String provider) {
    return Nodes.present(canary, "trafficRouting", provider);
  }

  static boolean hasPlugins(YMap canary) {
    return canary.map("trafficRouting", "plugins").map(m -> !m.entries().isEmpty()).orElse(false);
  }
}
