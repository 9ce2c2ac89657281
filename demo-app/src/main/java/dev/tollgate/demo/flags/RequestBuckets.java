package dev.tollgate.demo.flags;

import java.time.Duration;

/**
 * Latency buckets shared by the request histograms; the same boundaries are configured for {@code
 * http_server_requests_seconds} in application.yaml so p99 queries agree across both.
 */
public final class RequestBuckets {
  private static final Duration[] BOUNDARIES = {
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofMillis(1000),
    Duration.ofMillis(2500),
    Duration.ofMillis(5000)
  };

  private RequestBuckets() {}

  /** The bucket boundaries, ascending; a fresh array on every call. */
  public static Duration[] boundaries() {
    return BOUNDARIES.clone();
  }
}
