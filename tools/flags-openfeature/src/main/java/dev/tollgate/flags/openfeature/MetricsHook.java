package dev.tollgate.flags.openfeature;

import dev.openfeature.sdk.EvaluationContext;
import dev.openfeature.sdk.FlagEvaluationDetails;
import dev.openfeature.sdk.Hook;
import dev.openfeature.sdk.HookContext;
import java.util.Map;
import java.util.Optional;

/**
 * An OpenFeature hook that hands every evaluation's outcome and latency to {@link
 * EvaluationMetrics}; the start time travels in the SDK's per-evaluation hook data.
 */
public final class MetricsHook implements Hook<Object> {
  private static final String START = "tollgate.start";
  private final EvaluationMetrics metrics;

  public MetricsHook(EvaluationMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public Optional<EvaluationContext> before(HookContext<Object> ctx, Map<String, Object> hints) {
    if (ctx.getHookData() != null && EvaluationMetrics.timeThisOne(metrics.timedOneIn())) {
      ctx.getHookData().set(START, System.nanoTime());
    }
    return Optional.empty();
  }

  @Override
  public void finallyAfter(
      HookContext<Object> ctx, FlagEvaluationDetails<Object> details, Map<String, Object> hints) {
    Long start = ctx.getHookData() == null ? null : ctx.getHookData().get(START, Long.class);
    long nanos = start == null ? -1 : System.nanoTime() - start;
    String variant = details.getVariant();
    if (variant == null && details.getErrorCode() == null && details.getValue() != null) {
      variant = String.valueOf(details.getValue());
    }
    metrics.record(
        ctx.getFlagKey(),
        variant,
        details.getReason(),
        details.getErrorCode() == null ? null : details.getErrorCode().name(),
        nanos);
  }
}
