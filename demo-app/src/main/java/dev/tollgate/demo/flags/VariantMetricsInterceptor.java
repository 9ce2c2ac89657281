package dev.tollgate.demo.flags;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/** Records {@code feature_flag_variant_requests_seconds{flag,variant,outcome}}. */
@Component
public class VariantMetricsInterceptor implements HandlerInterceptor {
  private static final String STARTED = VariantMetricsInterceptor.class.getName() + ".started";

  private final MeterRegistry registry;

  public VariantMetricsInterceptor(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    request.setAttribute(STARTED, System.nanoTime());
    return true;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception error) {
    Object flag = request.getAttribute(VariantOutcomes.FLAG);
    Object started = request.getAttribute(STARTED);
    if (flag == null || !(started instanceof Long start)) {
      return;
    }
    int status = error != null && response.getStatus() < 400 ? 500 : response.getStatus();
    Timer.builder("feature_flag_variant_requests")
        .description("Requests served per feature flag variant, by outcome")
        .tag("flag", flag.toString())
        .tag("variant", String.valueOf(request.getAttribute(VariantOutcomes.VARIANT)))
        .tag("outcome", outcome(status))
        .serviceLevelObjectives(RequestBuckets.boundaries())
        .register(registry)
        .record(Duration.ofNanos(System.nanoTime() - start));
  }

  private static String outcome(int status) {
    if (status >= 500) {
      return "SERVER_ERROR";
    }
    return status >= 400 ? "CLIENT_ERROR" : "SUCCESS";
  }
}
