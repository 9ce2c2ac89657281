package dev.tollgate.flags.exposure;

import dev.tollgate.flags.eval.Engine;
import dev.tollgate.flags.model.Distribution;
import dev.tollgate.flags.model.Flag;
import dev.tollgate.flags.model.FlagSet;
import dev.tollgate.flags.model.FlagType;
import dev.tollgate.flags.model.Namespace;
import dev.tollgate.flags.model.Rollout;
import dev.tollgate.flags.model.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who sees what: per flag and rule (or rollout), the exact share of the entities reaching it that
 * get each answer, computed from bucket widths ({@code width / 1000} for variants, the number of
 * threshold hash values out of 100 for boolean rollouts). CRC-32 spreads entities uniformly, so
 * these are the shares of users up to a modulo bias of about 2e-7.
 */
public final class Exposure {
  private Exposure() {}

  /**
   * One rule or rollout.
   *
   * @param index 1-based position
   * @param segments the segment keys it needs ("everyone" for thresholds: empty)
   * @param and true for AND over several segments
   * @param shares answer (variant key, or "true"/"false") → share of entities reaching this step
   * @param noAnswerShare share of matching entities left without a variant (v1 gaps)
   */
  public record Step(
      int index,
      List<String> segments,
      boolean and,
      Map<String, Double> shares,
      double noAnswerShare) {}

  /** One flag's exposure; {@code fallThrough} is the answer for entities no step takes. */
  public record FlagExposure(
      String namespace,
      String flag,
      FlagType type,
      boolean enabled,
      String fallThrough,
      List<Step> steps) {}

  public static List<FlagExposure> of(FlagSet flags, Engine engine) {
    List<FlagExposure> out = new ArrayList<>();
    for (Namespace ns : flags.namespaces().values()) {
      for (Flag flag : ns.flags().values()) {
        out.add(of(flag, engine));
      }
    }
    return out;
  }

  public static FlagExposure of(Flag flag, Engine engine) {
    List<Step> steps = new ArrayList<>();
    if (flag.type() == FlagType.BOOLEAN) {
      int i = 0;
      for (Rollout r : flag.rollouts()) {
        i++;
        Map<String, Double> shares = new LinkedHashMap<>();
        if (r.threshold()) {
          int hit = 0;
          for (int h = 0; h < 100; h++) {
            hit += (float) h < r.percentage() ? 1 : 0;
          }
          shares.put(String.valueOf(r.value()), hit / 100.0);
        } else {
          shares.put(String.valueOf(r.value()), 1.0);
        }
        steps.add(
            new Step(
                i,
                r.segmentKeys(),
                r.operator() == dev.tollgate.flags.model.SegmentOperator.AND,
                shares,
                0));
      }
      return new FlagExposure(
          flag.namespace(),
          flag.key(),
          flag.type(),
          flag.enabled(),
          String.valueOf(flag.enabled()),
          steps);
    }
    String fallThrough = flag.defaultVariant().map(v -> v.key()).orElse("(no variant)");
    int i = 0;
    for (Rule rule : flag.rules()) {
      i++;
      List<Distribution> positive =
          rule.distributions().stream().filter(d -> d.rollout() > 0).toList();
      float[] rollouts = new float[positive.size()];
      for (int k = 0; k < rollouts.length; k++) {
        rollouts[k] = positive.get(k).rollout();
      }
      int[] bounds = engine.bounds(rollouts);
      Map<String, Double> shares = new LinkedHashMap<>();
      int prev = 0;
      for (int k = 0; k < bounds.length; k++) {
        int hi = Math.min(bounds[k], 1000);
        int width = Math.max(0, hi - prev);
        shares.merge(positive.get(k).variantKey(), width / 1000.0, Double::sum);
        prev = Math.max(prev, hi);
      }
      double none = positive.isEmpty() ? 0 : (1000 - prev) / 1000.0;
      if (positive.isEmpty()) {
        shares.put(fallThrough, 1.0);
      }
      steps.add(
          new Step(
              i,
              rule.segmentKeys(),
              rule.operator() == dev.tollgate.flags.model.SegmentOperator.AND,
              shares,
              none));
    }
    return new FlagExposure(
        flag.namespace(),
        flag.key(),
        flag.type(),
        flag.enabled(),
        flag.enabled() ? fallThrough : fallThrough + " (flag disabled)",
        steps);
  }
}
