package dev.tollgate.demo.flags;

import dev.tollgate.flags.openfeature.TollgateFlagsProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jmx.export.annotation.ManagedAttribute;
import org.springframework.jmx.export.annotation.ManagedResource;
import org.springframework.stereotype.Component;

/**
 * The application's single door to feature flags, with the user as targeting key.
 *
 * <p>Flags are read from the tollgate provider's current snapshot, one snapshot per request (the
 * subject keeps it), not through the OpenFeature client: the SDK's per-call context merging, hook
 * chain and detail objects cost more than the evaluation itself, about 10 % of a {@code /price}
 * request (docs/benchmarks.md). Answers and metrics are those of the SDK path ({@link
 * dev.tollgate.flags.openfeature.FlagSnapshot}); the OpenFeature client stays available for code
 * that prefers the vendor-neutral API.
 *
 * <p>With {@code demo.flags.evaluate=false}, or the JMX attribute {@code Evaluating} of {@code
 * dev.tollgate.demo:type=FeatureFlags} set to false at run time, every call returns the caller's
 * default without evaluating: an operator's way to take the flag system out of the request path
 * without a restart, and the baseline of the overhead benchmark (bench/demo-app), which toggles it
 * in one JVM so both sides share the same JIT-compiled code.
 */
@Component
@ManagedResource(
    objectName = "dev.tollgate.demo:type=FeatureFlags",
    description = "The demo-app's feature flag reads")
public class FeatureFlags {
  private static final Logger LOG = LoggerFactory.getLogger(FeatureFlags.class);

  private final TollgateFlagsProvider provider;
  private volatile boolean evaluate;

  public FeatureFlags(TollgateFlagsProvider provider, FlagsProperties properties) {
    this.provider = provider;
    this.evaluate = properties.evaluate();
  }

  @ManagedAttribute(description = "false: every flag answers the caller's default, unevaluated")
  public boolean isEvaluating() {
    return evaluate;
  }

  @ManagedAttribute
  public void setEvaluating(boolean evaluating) {
    if (evaluating != evaluate) {
      LOG.warn("feature flag evaluation switched {}", evaluating ? "on" : "off (defaults only)");
    }
    evaluate = evaluating;
  }

  public boolean isEnabled(String flag, FlagSubject subject, boolean fallback) {
    if (!evaluate) {
      return fallback;
    }
    return subject
        .snapshot(provider)
        .booleanValue(flag, subject.id(), subject.attributes(), fallback);
  }

  /** The variant key the user gets, or {@code fallback} when the flag matched nothing. */
  public String variant(String flag, FlagSubject subject, String fallback) {
    if (!evaluate) {
      return fallback;
    }
    return subject
        .snapshot(provider)
        .stringValue(flag, subject.id(), subject.attributes(), fallback);
  }
}
