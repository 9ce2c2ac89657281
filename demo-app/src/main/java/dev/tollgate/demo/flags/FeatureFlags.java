package dev.tollgate.demo.flags;

import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.FlagEvaluationDetails;
import org.springframework.stereotype.Component;

/**
 * The application's single door to feature flags, with the user as targeting key. Metrics come from
 * the provider's hook ({@link MicrometerEvaluationMetrics}). With {@code demo.flags.evaluate=false}
 * every call returns the default without evaluating, which is the baseline of the overhead
 * benchmark.
 */
@Component
public class FeatureFlags {
  private final Client client;
  private final boolean evaluate;

  public FeatureFlags(Client client, FlagsProperties properties) {
    this.client = client;
    this.evaluate = properties.evaluate();
  }

  public boolean isEnabled(String flag, FlagSubject subject, boolean fallback) {
    return evaluate ? client.getBooleanValue(flag, fallback, subject.toContext()) : fallback;
  }

  /** The variant key the user gets, or {@code fallback} when the flag matched nothing. */
  public String variant(String flag, FlagSubject subject, String fallback) {
    if (!evaluate) {
      return fallback;
    }
    FlagEvaluationDetails<String> details =
        client.getStringDetails(flag, fallback, subject.toContext());
    String variant = details.getVariant();
    return variant == null || variant.isEmpty() ? details.getValue() : variant;
  }
}
