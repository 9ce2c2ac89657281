package dev.tollgate.flags.eval;

/** Which Flipt server's distribution maths to reproduce (spec §2.3/§2.4). */
public enum Engine {
  /**
   * Flipt server v1.x and v2.0–v2.8: each distribution's width is {@code int(float32(rollout) *
   * 10)}, bounds are not normalised, buckets past the last bound get no variant.
   */
  V1,
  /**
   * Flipt server v2.9.0+: rollouts are normalised to the rule's total in float32, each bound is
   * {@code int(acc * 10)} and the last bound is 1000.
   */
  V2;

  /** Cumulative bucket bounds for the (positive) rollouts of one rule, in file order. */
  public int[] bounds(float[] rollouts) {
    int[] cum = new int[rollouts.length];
    if (rollouts.length == 0) {
      return cum;
    }
    if (this == V1) {
      int acc = 0;
      for (int k = 0; k < rollouts.length; k++) {
        acc += (int) (rollouts[k] * 10f);
        cum[k] = acc;
      }
      return cum;
    }
    float total = 0f;
    for (float r : rollouts) {
      total += r;
    }
    float acc = 0f;
    for (int k = 0; k < rollouts.length; k++) {
      acc += (rollouts[k] / total) * 100f;
      cum[k] = (int) (acc * 10f);
    }
    cum[rollouts.length - 1] = 1000;
    return cum;
  }
}
