package dev.tollgate.demo.flags;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Controllers say which flag variant served a request; {@link VariantMetricsInterceptor} then
 * records the request's latency and outcome under that variant, so dashboards can compare error
 * rate and latency per variant.
 */
public final class VariantOutcomes {
  static final String FLAG = VariantOutcomes.class.getName() + ".flag";
  static final String VARIANT = VariantOutcomes.class.getName() + ".variant";

  private VariantOutcomes() {}

  public static void servedBy(HttpServletRequest request, String flag, String variant) {
    request.setAttribute(FLAG, flag);
    request.setAttribute(VARIANT, variant);
  }
}
