package dev.tollgate.flags.lifecycle;

import dev.tollgate.flags.model.Distribution;
import dev.tollgate.flags.model.Flag;
import dev.tollgate.flags.model.FlagType;
import dev.tollgate.flags.model.Namespace;
import dev.tollgate.flags.model.Rollout;
import dev.tollgate.flags.model.Rule;
import dev.tollgate.flags.model.SegmentOperator;
import java.util.List;
import java.util.Optional;

/**
 * Recognises flags whose answer cannot differ between users, so their code branch is dead: a
 * boolean flag without rollouts or whose first rollout is a 100% threshold, a variant flag without
 * rules or whose first rule matches everyone and sends them all to one variant.
 */
final class ConstantOutcome {
  private ConstantOutcome() {}

  static Optional<String> describe(Flag flag, Namespace ns) {
    if (flag.type() == FlagType.BOOLEAN) {
      List<Rollout> rollouts = flag.rollouts();
      if (rollouts.isEmpty()) {
        return Optional.of("boolean with no rollouts: always " + flag.enabled());
      }
      Rollout first = rollouts.get(0);
      if (first.threshold() && first.percentage() >= 100f) {
        return Optional.of("first rollout is a 100% threshold: always " + first.value());
      }
      if (rollouts.stream().allMatch(r -> r.threshold() && r.percentage() <= 0f)) {
        return Optional.of("only 0% thresholds: always " + flag.enabled());
      }
      return Optional.empty();
    }
    if (!flag.enabled()) {
      return Optional.empty(); // a disabled variant flag is usually being prepared, not dead
    }
    if (flag.rules().isEmpty()) {
      return Optional.of(
          "no rules: always "
              + flag.defaultVariant()
                  .map(v -> "the default variant " + v.key())
                  .orElse("no variant"));
    }
    Rule first = flag.rules().get(0);
    if (!matchesEveryone(first, ns)) {
      return Optional.empty();
    }
    List<String> variants =
        first.distributions().stream()
            .filter(d -> d.rollout() > 0)
            .map(Distribution::variantKey)
            .distinct()
            .toList();
    if (variants.size() == 1) {
      return Optional.of("first rule matches everyone and gives 100% to " + variants.get(0));
    }
    if (variants.isEmpty()) {
      return Optional.of("first rule matches everyone and distributes 0%");
    }
    return Optional.empty();
  }

  private static boolean matchesEveryone(Rule rule, Namespace ns) {
    long open =
        rule.segmentKeys().stream()
            .map(k -> ns.segments().get(k))
            .filter(s -> s != null && s.constraints().isEmpty())
            .count();
    return rule.operator() == SegmentOperator.AND ? open == rule.segmentKeys().size() : open > 0;
  }
}
