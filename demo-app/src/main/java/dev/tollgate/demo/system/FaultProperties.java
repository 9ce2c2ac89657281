package dev.tollgate.demo.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Faults for demos and canary tests, from {@code FAULT_ERROR_RATE} and {@code FAULT_LATENCY_MS}
 * (relaxed binding of {@code fault.error-rate} / {@code fault.latency-ms}).
 *
 * @param errorRate share of API requests answered with 500, 0..1
 * @param latencyMs extra latency added to every API request
 * @param flagLatencyMs latency added while the ops flag {@code slow-responses} is on
 */
@ConfigurationProperties("fault")
public record FaultProperties(double errorRate, long latencyMs, long flagLatencyMs) {
  public FaultProperties {
    if (errorRate < 0 || errorRate > 1) {
      throw new IllegalArgumentException("fault.error-rate must be within 0..1, was " + errorRate);
    }
    if (latencyMs < 0 || flagLatencyMs < 0) {
      throw new IllegalArgumentException("fault latencies must not be negative");
    }
  }
}
